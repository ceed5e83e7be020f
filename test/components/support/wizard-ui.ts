/** Drives the wizard page the way a user does: one step at a time, from the questionnaire's data. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { QUESTIONS, type Question } from '@/core/wizard/questions'
import { STEPS, useWizard } from '@/stores/wizard'
import { validAnswerFor } from './answers'

/** The block of one question: QuestionField gives it the id `q-<question id>`. */
export function questionBox(id: string): HTMLElement {
  const box = document.getElementById(`q-${id}`)
  if (!box) throw new Error(`question ${id} is not on screen`)
  return box
}

export async function answer(q: Question, value = validAnswerFor(q)): Promise<void> {
  const box = within(questionBox(q.id))
  switch (q.kind) {
    case 'text':
      fireEvent.input(await box.findByRole('textbox'), { target: { value } })
      break
    case 'number':
      fireEvent.input(await box.findByRole('spinbutton'), { target: { value: String(value) } })
      break
    case 'single': {
      const label = q.options.find((o) => o.value === value)!.label
      fireEvent.click(choice(box, label))
      break
    }
    case 'multi':
      for (const v of value as string[]) fireEvent.click(choice(box, q.options.find((o) => o.value === v)!.label))
      break
    case 'boolean':
      fireEvent.click(box.getByText(value === true ? '是' : '否'))
      break
  }
}

/** The option labelled `label`: by its whole label, which may be set in pieces (Phrases). */
function choice(box: ReturnType<typeof within>, label: string): HTMLElement {
  return box.getByText(
    (_: string, el: Element | null) => el?.matches('.choice__label') === true && el.textContent === label,
  )
}

/** Answers every question of the step on screen with a valid answer. */
export async function fillCurrentStep(): Promise<void> {
  const step = STEPS[useWizard.getState().step]
  for (const id of step.questionIds) await answer((QUESTIONS as readonly Question[]).find((q) => q.id === id)!)
}

export function stepHeading(index: number): RegExp {
  return new RegExp(`第 ${index + 1} / ${STEPS.length} 步`)
}

export async function waitForStep(index: number): Promise<void> {
  await waitFor(() => expect(screen.getByText(stepHeading(index))).toBeInTheDocument())
}
