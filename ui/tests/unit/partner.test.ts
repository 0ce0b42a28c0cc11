import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { go, openApp } from './app-helpers';
import { addTandem, calls } from './reminders-support';
import { answerFor, invitationFrom, pairNow, partnerData, partnerOf } from '../support/mock-partner';
import type { MockBackend } from '../support/mock-backend';
import { formatDay } from '../../src/lib/i18n/index.svelte';

async function openOverview(hash = '#/today') {
  const app = await openApp(hash);
  const tandem = addTandem(app.backend);
  go(`#/tandems/${tandem.id}`);
  const section = await screen.findByTestId('partner-section');
  await vi.waitFor(() => expect(section).toHaveAttribute('data-state'));
  return { ...app, tandem, section };
}

/** A planned meeting with one agenda point of mine and one from the partner. */
function meetingWithPartnerPoint(backend: MockBackend, tandemId: number) {
  const meeting = backend.meetings.planMeeting(tandemId, { date: '2099-03-03', time: '16:00', duration_minutes: 60, place: 'Café', video_link: null });
  backend.meetings.addItem(meeting.id, { title: 'My point', topic_id: null, minutes: 10, prep_notes: '', links: [], shared: true });
  const theirs = backend.meetings.addItem(meeting.id, { title: 'Their point', topic_id: null, minutes: 15, prep_notes: '', links: [], shared: true });
  backend.data.agenda.find((item) => item.id === theirs.id)!.from_partner = true;
  return meeting;
}

describe('the Partner section', () => {
  it('invites the partner: makes the invitation, shows it to copy or save, and finishes with their answer', async () => {
    const { backend, user, tandem, section } = await openOverview();
    expect(section).toHaveAttribute('data-state', 'unpaired');
    expect(screen.getByTestId('partner-unpaired-lead')).toHaveTextContent('end-to-end encrypted');

    await user.click(screen.getByTestId('partner-start-invite'));
    expect(screen.getByTestId('partner-invite-name')).toHaveFocus();
    await user.click(screen.getByTestId('partner-invite-create'));
    expect(screen.getByTestId('partner-invite-name-error')).toHaveTextContent('Please enter your name.');
    expect(calls(backend, 'create_invitation')).toEqual([]);

    await user.type(screen.getByTestId('partner-invite-name'), 'Alex');
    await user.click(screen.getByTestId('partner-invite-create'));
    await vi.waitFor(() => expect(section).toHaveAttribute('data-state', 'invited'));
    expect(calls(backend, 'create_invitation')).toEqual([{ tandemId: tandem.id, myName: 'Alex' }]);
    const invitation = screen.getByTestId('partner-invitation') as HTMLTextAreaElement;
    expect(invitation.value).toMatch(/^eyelevel-invitation:v1:/);
    expect(invitation).toHaveAttribute('readonly');

    await user.click(screen.getByTestId('partner-invitation-copy'));
    await vi.waitFor(() => expect(backend.clipboard).toBe(invitation.value));
    await user.click(screen.getByTestId('partner-invitation-save'));
    await vi.waitFor(() => expect(screen.getByTestId('partner-invitation-status')).toHaveTextContent('Saved to /home/alex/Documents/Eyelevel invitation - Jonas & me.txt'));
    expect(calls(backend, 'save_pairing_file')).toEqual([{ text: invitation.value, fileName: 'Eyelevel invitation - Jonas & me.txt' }]);

    // Pasting the own invitation back is caught before it is sent.
    await user.click(screen.getByTestId('partner-answer'));
    await user.paste(invitation.value);
    await user.click(screen.getByTestId('partner-finish'));
    expect(screen.getByTestId('partner-answer-error')).toHaveTextContent('This is an invitation, not an answer.');
    expect(calls(backend, 'finish_pairing')).toEqual([]);

    // The answer from a file.
    partnerOf(backend).openText = answerFor(backend, tandem.id, 'Jonas');
    await user.click(screen.getByTestId('partner-answer-open'));
    await vi.waitFor(() => expect(screen.getByTestId('partner-answer')).toHaveValue(partnerOf(backend).openText));
    await user.click(screen.getByTestId('partner-finish'));
    await vi.waitFor(() => expect(section).toHaveAttribute('data-state', 'paired'));
    expect(screen.getByTestId('partner-paired-with')).toHaveTextContent('Paired with Jonas');
    expect(screen.getByTestId('partner-check-code')).toHaveTextContent(/^\d{3} \d{3}$/);
    expect(screen.getByTestId('announcer')).toHaveTextContent('Paired with Jonas. Now compare the check code.');
  });

  it('accepts an invitation for this tandem and shows the answer to send back', async () => {
    const { backend, user, tandem, section } = await openOverview();
    await user.click(screen.getByTestId('partner-start-accept'));
    await user.type(screen.getByTestId('partner-accept-name'), 'Alex');
    await user.click(screen.getByTestId('partner-accept-code'));
    await user.paste(invitationFrom('Jonas', 'Jonas & me'));
    await user.click(screen.getByTestId('partner-accept-submit'));
    await vi.waitFor(() => expect(section).toHaveAttribute('data-state', 'paired'));
    expect(calls(backend, 'accept_invitation')).toEqual([expect.objectContaining({ tandemId: tandem.id, myName: 'Alex' })]);
    expect((screen.getByTestId('partner-answer-text') as HTMLTextAreaElement).value).toMatch(/^eyelevel-answer:v1:/);
    await user.click(screen.getByTestId('partner-answer-done'));
    expect(screen.queryByTestId('partner-answer-panel')).not.toBeInTheDocument();
  });

  it('shows the check code, the exchange status and its problem in plain words', async () => {
    const app = await openApp('#/today');
    const tandem = addTandem(app.backend);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    pairNow(app.backend, tandem.id, 'Jonas', {
      folder: '/home/alex/Nextcloud/Eyelevel',
      last_sent_at: hourAgo,
      last_received_at: null,
      partner_seen_at: hourAgo,
      unsent: true,
      problem: 'damaged',
      problem_file: 'eyelevel-9f2c.eyx',
      problem_at: hourAgo,
      replaced: [{ kind: 'agenda_item', text: 'Talk about TikTok', replaced_at: hourAgo }],
    });
    go(`#/tandems/${tandem.id}`);
    const section = await screen.findByTestId('partner-section');
    await vi.waitFor(() => expect(section).toHaveAttribute('data-state', 'paired'));
    expect(screen.getByTestId('partner-check-code').textContent).toMatch(/^\d{3} \d{3}$/);
    expect(screen.getByTestId('partner-problem')).toHaveTextContent(
      'A file in the exchange folder is damaged or not from your partner (eyelevel-9f2c.eyx). Nothing from it was applied.',
    );
    expect(screen.getByTestId('partner-folder')).toHaveTextContent('/home/alex/Nextcloud/Eyelevel');
    expect(screen.getByTestId('partner-last-sent')).toHaveTextContent('1 hour ago');
    expect(screen.getByTestId('partner-last-received')).toHaveTextContent('not yet');
    expect(screen.getByTestId('partner-seen')).toHaveTextContent('Jonas has seen your changes up to');
    expect(screen.getByTestId('partner-unsent')).toHaveTextContent('Changes waiting to be sent');
    expect(within(screen.getByTestId('partner-replaced')).getByTestId('partner-replaced-item')).toHaveTextContent('Agenda point');
  });

  it('confirms the compared check code, and takes it back', async () => {
    const app = await openApp('#/today');
    const tandem = addTandem(app.backend);
    pairNow(app.backend, tandem.id);
    go(`#/tandems/${tandem.id}`);
    await screen.findByTestId('partner-check');
    expect(screen.getByTestId('partner-check')).toHaveAttribute('data-verified', 'false');
    expect(screen.getByTestId('partner-check')).toHaveTextContent("If it differs, don't use the pairing");

    await app.user.click(screen.getByTestId('partner-verify'));
    await vi.waitFor(() => expect(screen.getByTestId('partner-verified')).toHaveTextContent('Check code confirmed'));
    expect(calls(app.backend, 'set_pairing_verified')).toEqual([{ tandemId: tandem.id, verified: true }]);
    expect(partnerData(app.backend).pairings[tandem.id]!.verified).toBe(true);

    await app.user.click(screen.getByTestId('partner-verify-undo'));
    await vi.waitFor(() => expect(screen.getByTestId('partner-verify')).toBeInTheDocument());
    expect(calls(app.backend, 'set_pairing_verified')).toEqual([
      { tandemId: tandem.id, verified: true },
      { tandemId: tandem.id, verified: false },
    ]);
  });

  it('exchanges now through the folder and says what arrived', async () => {
    const app = await openApp('#/today');
    const tandem = addTandem(app.backend);
    pairNow(app.backend, tandem.id, 'Jonas', { folder: '/home/alex/Nextcloud/Eyelevel' });
    partnerOf(app.backend).incoming = [
      { tandem_id: tandem.id, kind: 'agenda_item', change: 'added', label: 'A' },
      { tandem_id: tandem.id, kind: 'agenda_item', change: 'added', label: 'B' },
      { tandem_id: tandem.id, kind: 'action', change: 'changed', label: 'C' },
    ];
    go(`#/tandems/${tandem.id}`);
    await app.user.click(await screen.findByTestId('partner-exchange-now'));
    await vi.waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('New from Jonas: 2 agenda points, 1 action item'));
    expect(screen.getByTestId('partner-last-received')).not.toHaveTextContent('not yet');

    // Without a folder there is no "Exchange now", and files go by hand.
    await app.user.click(screen.getByTestId('partner-clear-folder'));
    await vi.waitFor(() => expect(screen.queryByTestId('partner-exchange-now')).not.toBeInTheDocument());
    await app.user.click(screen.getByTestId('partner-send-file'));
    await vi.waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Saved for Jonas: Eyelevel for Jonas.eyx'));
    expect(calls(app.backend, 'send_exchange_file')).toEqual([{ tandemId: tandem.id, fileName: 'Eyelevel for Jonas.eyx' }]);
  });

  it('unpairs after saying that the partner items stay', async () => {
    const app = await openApp('#/today');
    const tandem = addTandem(app.backend);
    pairNow(app.backend, tandem.id);
    go(`#/tandems/${tandem.id}`);
    await app.user.click(await screen.findByTestId('partner-unpair'));
    expect(screen.getByTestId('partner-unpair-dialog')).toHaveTextContent("Your partner's items stay here as your own copies; nothing more is exchanged.");
    await app.user.click(screen.getByTestId('partner-unpair-dialog-confirm'));
    await vi.waitFor(() => expect(screen.getByTestId('partner-section')).toHaveAttribute('data-state', 'unpaired'));
    expect(partnerData(app.backend).pairings[tandem.id]).toBeUndefined();
  });
});

describe('partner items', () => {
  it('marks an agenda point from the partner and offers no edit or delete for it', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const meeting = meetingWithPartnerPoint(backend, tandem.id);
    go(`#/meetings/${meeting.id}`);
    await screen.findByTestId('meeting-page');
    const rows = await screen.findAllByTestId('agenda-item');
    const theirs = rows.find((row) => row.dataset.itemTitle === 'Their point')!;
    const mine = rows.find((row) => row.dataset.itemTitle === 'My point')!;
    await vi.waitFor(() => expect(within(theirs).getByTestId('from-partner')).toHaveTextContent('from Jonas Weber'));
    expect(within(theirs).queryByTestId('agenda-item-edit')).not.toBeInTheDocument();
    expect(within(theirs).queryByTestId('agenda-item-delete')).not.toBeInTheDocument();
    expect(within(mine).getByTestId('agenda-item-edit')).toBeInTheDocument();
    expect(within(mine).queryByTestId('from-partner')).not.toBeInTheDocument();

    // Their point can still be discussed and moved.
    await user.click(within(theirs).getByTestId('agenda-item-discussed'));
    await vi.waitFor(() => expect(backend.data.agenda.find((item) => item.title === 'Their point')!.discussed).toBe(true));
    expect(within(theirs).getByTestId('agenda-move-up')).toBeEnabled();
  });

  it('reloads the page and says what came when the partner changes arrive by themselves', async () => {
    const { backend } = await openApp('#/today');
    const tandem = addTandem(backend);
    pairNow(backend, tandem.id, 'Jonas');
    const meeting = backend.meetings.planMeeting(tandem.id, { date: '2099-03-03', time: '16:00', duration_minutes: 60, place: '', video_link: null });
    go(`#/meetings/${meeting.id}`);
    await screen.findByTestId('agenda-empty');

    const item = backend.meetings.addItem(meeting.id, { title: 'From Jonas', topic_id: null, minutes: 10, prep_notes: '', links: [], shared: true });
    backend.data.agenda.find((stored) => stored.id === item.id)!.from_partner = true;
    backend.emit('exchange-changed', [{ tandem_id: tandem.id, kind: 'agenda_item', change: 'added', label: 'From Jonas' }]);

    await vi.waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('New from Jonas: 1 agenda point'));
    await vi.waitFor(() => expect(screen.getAllByTestId('agenda-item').map((row) => row.dataset.itemTitle)).toEqual(['From Jonas']));
  });

  it('shares my goal with the partner and keeps the partner goal as theirs', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const mine = backend.store.createGoal(tandem.id, { title: 'Use AI safely', why: '', topic_id: null, target_date: null });
    const theirs = backend.store.createGoal(tandem.id, { title: 'Lead hybrid meetings', why: '', topic_id: null, target_date: null });
    backend.data.goals.find((goal) => goal.id === theirs.id)!.from_partner = true;
    go(`#/tandems/${tandem.id}`);
    await screen.findByTestId('goal-list');
    const item = (title: string) => screen.getAllByTestId('goal-item').find((el) => el.dataset.goalTitle === title)!;

    expect(within(item('Lead hybrid meetings')).getByTestId('goal-from-partner')).toHaveTextContent('from Jonas Weber');
    expect(within(item('Lead hybrid meetings')).queryByTestId('goal-edit')).not.toBeInTheDocument();
    expect(within(item('Lead hybrid meetings')).getByTestId('goal-status')).toBeEnabled();

    const share = within(item('Use AI safely')).getByTestId('goal-share');
    expect(share).toHaveAttribute('aria-pressed', 'false');
    expect(share).toHaveAccessibleName('Share “Use AI safely” with Jonas Weber');
    await user.click(share);
    await vi.waitFor(() => expect(within(item('Use AI safely')).getByTestId('goal-share')).toHaveAttribute('aria-pressed', 'true'));
    expect(calls(backend, 'set_goal_shared')).toEqual([{ id: mine.id, shared: true }]);
  });

  it('shows the partner notes below mine and lets me share my notes', async () => {
    const { backend, user } = await openApp('#/today');
    const tandem = addTandem(backend);
    const meeting = backend.meetings.planMeeting(tandem.id, { date: '2099-03-03', time: '16:00', duration_minutes: 60, place: '', video_link: null });
    partnerData(backend).partnerNotes.push({ meeting_id: meeting.id, body: '**Great** talk', updated_at: new Date().toISOString() });
    (backend.data as unknown as { notes: unknown[] }).notes = [{ meeting_id: meeting.id, body: 'My notes', updated_at: new Date().toISOString(), shared: false }];
    go(`#/meetings/${meeting.id}`);
    const notes = await screen.findByTestId('partner-notes');
    await vi.waitFor(() => expect(within(notes).getByRole('heading')).toHaveTextContent('Notes from Jonas Weber'));
    await vi.waitFor(() => expect(within(notes).getByTestId('partner-notes-view').querySelector('strong')).toHaveTextContent('Great'));

    const toggle = await screen.findByTestId('notes-shared');
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleName('Share these notes with Jonas Weber');
    await user.click(toggle);
    await vi.waitFor(() => expect(screen.getByTestId('notes-shared')).toBeChecked());
    expect(calls(backend, 'set_note_shared')).toEqual([{ meetingId: meeting.id, shared: true }]);
  });

  it('says when both agreed to the agreement, or only the partner', async () => {
    const { backend } = await openApp('#/today');
    const tandem = addTandem(backend);
    const input = {
      my_expectations: 'Learn',
      partner_expectations: 'Teach',
      cadence: { every: 2, unit: 'week' as const, minutes: 60 },
      place: '',
      video_link: null,
      confidentiality: 'All stays between us',
      hr_sharing: '',
      voluntary: true,
      feedback: '',
      review_date: null,
    };
    backend.store.saveAgreement(tandem.id, input);
    const stored = backend.data.agreements[0]!;
    stored.partner_agreed_on = '2026-01-08';
    go(`#/tandems/${tandem.id}`);
    await vi.waitFor(() => expect(screen.getByTestId('agreement-agreed-partner')).toHaveTextContent(`Jonas Weber agreed on ${formatDay('2026-01-08')} — you haven't yet.`));

    stored.agreed_on = '2026-01-09';
    go('#/today');
    await screen.findByTestId('page-today');
    go(`#/tandems/${tandem.id}`);
    await vi.waitFor(() =>
      expect(screen.getByTestId('agreement-agreed-both')).toHaveTextContent(`Agreed by both: you on ${formatDay('2026-01-09')}, Jonas Weber on ${formatDay('2026-01-08')}.`),
    );
  });

  it('shows the partner expectations read-only once paired: the partner writes them', async () => {
    const { backend } = await openApp('#/today');
    const tandem = addTandem(backend);
    backend.store.saveAgreement(tandem.id, {
      my_expectations: 'Learn',
      partner_expectations: 'Teach **openly**',
      cadence: { every: 2, unit: 'week', minutes: 60 },
      place: '',
      video_link: null,
      confidentiality: 'All stays between us',
      hr_sharing: '',
      voluntary: true,
      feedback: '',
      review_date: null,
    });
    go(`#/tandems/${tandem.id}/agreement`);
    await screen.findByTestId('agreement-partner-expectations');
    pairNow(backend, tandem.id, 'Jonas');
    go('#/today');
    await screen.findByTestId('page-today');
    go(`#/tandems/${tandem.id}/agreement`);
    const readonly = await screen.findByTestId('agreement-partner-expectations-readonly');
    expect(readonly).toHaveTextContent('What Jonas expects');
    expect(screen.queryByTestId('agreement-partner-expectations')).toBeNull();
    expect(screen.getByTestId('agreement-my-expectations')).toBeInTheDocument();
  });
});

describe('joining the partner tandem', () => {
  it('creates the tandem from an invitation, shows the answer and the check code, and opens it', async () => {
    const { backend, user } = await openApp('#/tandems');
    addTandem(backend, 'Other tandem');
    go('#/today');
    await screen.findByTestId('page-today');
    go('#/tandems');
    await user.click(await screen.findByTestId('tandem-join'));
    const dialog = await screen.findByTestId('join-tandem-dialog');
    await user.type(within(dialog).getByTestId('partner-accept-name'), 'Alex');
    await user.click(within(dialog).getByTestId('partner-accept-code'));
    await user.paste(invitationFrom('Jonas', 'Jonas & Alex'));
    await user.click(within(dialog).getByTestId('partner-accept-submit'));

    await vi.waitFor(() => expect(within(dialog).getByTestId('join-tandem-done')).toHaveTextContent('The tandem was created and is paired.'));
    expect(calls(backend, 'accept_invitation')).toEqual([expect.objectContaining({ tandemId: null, myName: 'Alex' })]);
    expect(within(dialog).getByTestId('join-check-code').textContent).toMatch(/^\d{3} \d{3}$/);
    expect((within(dialog).getByTestId('partner-answer-text') as HTMLTextAreaElement).value).toMatch(/^eyelevel-answer:v1:/);
    const created = backend.data.tandems.find((t) => t.title === 'Jonas & Alex')!;
    expect(created).toMatchObject({ partner_name: 'Jonas', my_role: 'mentee' });

    await user.click(within(dialog).getByTestId('join-tandem-open'));
    await vi.waitFor(() => expect(screen.getByTestId('tandem-overview')).toHaveAttribute('data-tandem-id', String(created.id)));
  });

  it('joins from the first start, keeping the answer shown until it is closed', async () => {
    const { backend, user } = await openApp('#/today');
    await user.click(within(await screen.findByTestId('today-empty')).getByTestId('start-join'));
    const dialog = await screen.findByTestId('join-tandem-dialog');
    await user.type(within(dialog).getByTestId('partner-accept-name'), 'Alex');
    await user.click(within(dialog).getByTestId('partner-accept-code'));
    await user.paste(invitationFrom('Jonas', 'Jonas & Alex'));
    await user.click(within(dialog).getByTestId('partner-accept-submit'));
    await within(dialog).findByTestId('join-tandem-done');
    expect(screen.getByTestId('today-empty')).toBeInTheDocument();

    await user.click(within(dialog).getByTestId('dialog-close'));
    await vi.waitFor(() => expect(screen.queryByTestId('today-empty')).not.toBeInTheDocument());
    expect(screen.getByTestId('today-tandems')).toHaveTextContent('Jonas & Alex');
    expect(backend.data.tandems).toHaveLength(1);
  });

  it('shows a refused dropped file as a translated sentence', async () => {
    const { backend } = await openApp('#/today');
    backend.emit('exchange-received', { error: { code: 'exchange_file_invalid', message: 'bad', field: null } });
    await vi.waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('This file is damaged or not from your partner. Nothing was changed.'));
  });
});
