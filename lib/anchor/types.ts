/** W3C Web Annotation selectors, on the article text of the text model. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selectors = [TextQuoteSelector, TextPositionSelector];
