import { BASES, type BasisId } from './categories'

/**
 * A finding's explanation and the sources it names, written once. The explanation names a
 * source by its id (why`…是${'externalLinks'}禁止的…`): the text shows the source's ref, and the
 * finding lists that source with its own strength beside the rule's own basis. A source the owner
 * reads in the explanation can therefore never be missing from the finding's sources.
 */
export interface Why {
  text: string
  /** The sources the text names, in the order it names them. */
  cites: readonly BasisId[]
}

export function why(parts: TemplateStringsArray, ...cites: BasisId[]): Why {
  let text = parts[0]
  cites.forEach((id, i) => {
    text += BASES[id].ref + parts[i + 1]
  })
  return { text, cites }
}
