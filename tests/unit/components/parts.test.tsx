// @vitest-environment jsdom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '../../../components/options/ChoiceGroup';
import { StatusLine } from '../../../components/StatusLine';

const labels = { checking: 'Checking…', ok: 'Running', error: 'Not responding' };

describe('StatusLine', () => {
  it('says each state in words', () => {
    const { rerender } = render(<StatusLine status={{ state: 'checking' }} labels={labels} />);
    expect(screen.getByRole('status').textContent).toBe('Checking…');
    rerender(<StatusLine status={{ state: 'ok', version: '0.1.0' }} labels={labels} />);
    expect(screen.getByRole('status').textContent).toBe('Running · v0.1.0');
    rerender(
      <StatusLine status={{ state: 'error', error: 'Could not establish connection' }} labels={labels} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Not responding: Could not establish connection');
  });
});

describe('ChoiceGroup', () => {
  it('checks the current value and reports a change', () => {
    const onChange = vi.fn();
    render(
      <ChoiceGroup
        legend="Collect"
        name="collect"
        value="auto"
        onChange={onChange}
        choices={[
          { value: 'auto', label: 'Automatically' },
          { value: 'off', label: 'Off' },
        ]}
      />,
    );
    expect((screen.getByLabelText('Automatically') as HTMLInputElement).checked).toBe(true);
    screen.getByLabelText('Off').click();
    expect(onChange).toHaveBeenCalledWith('off');
  });

  it('shows no choice and takes none until the stored value is read', () => {
    const onChange = vi.fn();
    const { container } = render(
      <ChoiceGroup
        legend="Collect"
        name="collect"
        value={undefined}
        onChange={onChange}
        choices={[
          { value: 'auto', label: 'Automatically' },
          { value: 'off', label: 'Off' },
        ]}
      />,
    );
    const off = container.querySelector('input[value=off]') as HTMLInputElement;
    expect(off.checked).toBe(false);
    expect(container.querySelector('fieldset')?.getAttribute('aria-busy')).toBe('true');
    off.click();
    expect(onChange).not.toHaveBeenCalled();
  });
});
