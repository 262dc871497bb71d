export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A labelled group of radio buttons. */
export function ChoiceGroup<V extends string>(props: {
  legend: string;
  name: string;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
}) {
  // Until the stored value is read, no choice is shown as made and none can be made (a click
  // then would be undone by the value arriving).
  const loading = props.value === undefined;
  return (
    <fieldset disabled={loading} aria-busy={loading || undefined}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} style={{ display: 'block' }}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
