/**
 * A scenario for the agreement as the viewer and the handout show it: a two-phase deal whose
 * second phase is still to be negotiated, signed by a guarantor, a release beyond what the deal
 * provides, a violation alleged and one claimed, and a step dated after the deal's end day.
 */
export const AGREEMENT = `
id: agreement-in-time
title: A phased deal, guaranteed, that runs out
summary: A mediator tables a two-phase deal; a guarantor signs it; its first phase runs out.
sources:
  - { id: notes, title: Teaching notes (illustrative) }
parties:
  - { id: israel, name: Israel, role: principal }
  - { id: hamas, name: Hamas, role: principal }
  - { id: qatar, name: Qatar, role: mediator }
  - { id: egypt, name: Egypt, role: guarantor }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 10, deceased: 0 }
steps:
  - id: tabled
    date: 2025-01-10
    event: { type: PROPOSAL_TABLED, by: qatar, terms: { phases: [{ days: 3, hostages: 2 }, { toBeNegotiated: true }] } }
    source: notes
  - id: egypt-guarantees
    date: 2025-01-10
    event: { type: PROPOSAL_ACCEPTED, by: egypt }
  - id: israel-yes
    date: 2025-01-11
    event: { type: PROPOSAL_ACCEPTED, by: israel }
  - id: hamas-yes
    date: 2025-01-11
    event: { type: PROPOSAL_ACCEPTED, by: hamas }
    expect: { state: { agreement: inForce } }
  - id: ceasefire
    date: 2025-01-12
    event: { type: CEASEFIRE_BEGAN }
  - id: release
    date: 2025-01-12
    event: { type: HOSTAGES_RELEASED, by: hamas, count: 3 }
  - id: alleged
    date: 2025-01-13
    event: { type: VIOLATION_REPORTED, by: hamas, text: Shots are reported near a crossing. }
  - id: claimed
    date: 2025-01-13
    event: { type: VIOLATION_REPORTED, by: israel, claimant: hamas, text: Hamas says a strike hit a camp. }
  - id: after-the-end
    date: 2025-01-20
    event: { type: STATEMENT, by: israel, text: Israel says phase two has not been agreed. }
    expect: { state: { agreement: lapsed, operations: ceasefire } }
`;

