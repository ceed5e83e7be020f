/**
 * A fixed list of choices as typed data: the value code stores and the label the owner reads.
 * The rule vocabulary and the copy checker both keep their lists this way; one helper reads them.
 */
export interface Choice<V extends string = string> {
  readonly value: V
  readonly label: string
}

/** The owner-facing label of a value; the value itself only if a list and its type ever disagree. */
export function labelOf<V extends string>(choices: readonly Choice<V>[], value: V): string {
  return choices.find((c) => c.value === value)?.label ?? value
}
