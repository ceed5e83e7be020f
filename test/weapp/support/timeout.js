// Booting the compiled bundle in miniprogram-simulate takes seconds when the machine is loaded
// (builds and other test layers run beside it), well past Jest's 5 s default. This is a guard
// against a hang, not a speed check: speed figures come from the bench scripts.
jest.setTimeout(30_000)
