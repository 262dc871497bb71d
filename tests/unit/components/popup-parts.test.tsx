// @vitest-environment jsdom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { RecentPages } from '../../../components/RecentPages';
import { StatusLine } from '../../../components/StatusLine';
import { pageInput } from '../db/fixtures';

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

describe('RecentPages', () => {
  it('shows loading, then the empty state, then pages as text (never as HTML)', () => {
    const { rerender } = render(<RecentPages pages={undefined} empty="Nothing yet" loading="Loading" />);
    expect(screen.getByText('Loading')).toBeTruthy();
    rerender(<RecentPages pages={[]} empty="Nothing yet" loading="Loading" />);
    expect(screen.getByTestId('empty').textContent).toBe('Nothing yet');
    const hostile = '<img src=x onerror=alert(1)>';
    rerender(
      <RecentPages
        pages={[
          {
            ...pageInput('https://n.example/', hostile),
            site: 'n.example',
            firstVisit: 1,
            lastVisit: 1,
            visits: 1,
          },
        ]}
        empty="Nothing yet"
        loading="Loading"
      />,
    );
    const link = screen.getByRole('link');
    expect(link.textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
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
});
