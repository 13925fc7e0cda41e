/**
 * The append-only, hash-chained audit trail. Listens to {@link org.reportcycle.shared.AuditEvent}s;
 * nobody calls it to write. Depends on {@code shared} and {@code security}.
 *
 * <h2>Design: chains per unit group, linked by anchors (issue 18)</h2>
 *
 * <ul>
 * <li><b>Chains.</b> A record goes to one of 64 chains picked by its unit ({@code s<unit id mod 64>}; {@code g}
 * for records without a unit such as sign-ins; {@code a} for anchors; a batch of records goes to the chain of
 * its first record). Each record stores its chain, its place in it ({@code chain_seq}, 1, 2, …), the number of
 * its chain predecessor ({@code prev_seq}) and the predecessor's hash; its own SHA-256 hash covers its content,
 * the predecessor's hash, the chain, the place and the predecessor's number. {@code rc_audit_chain} holds each
 * chain's head (last place, number and hash). An append locks only its chain's head row, in the writer's
 * transaction: the steps of one unit (group) stay in order, the steps of other units do not wait for them.
 * Before the chains there was one chain for everything, locked by every step of every thread and node. A node
 * keeps the heads its transactions committed: an append computes its records from the kept head and moves the
 * row by an UPDATE conditional on that head (one statement, the same row lock); only when another writer moved it
 * meanwhile (another node, a transaction that committed first) does nothing change, and the head is read with
 * {@code FOR UPDATE} as before. A rolled-back append forgets the head it made.</li>
 * <li><b>Numbers.</b> {@code seq} stays the unique record number, made without a shared counter: the time in
 * milliseconds times 128 plus the chain's index, or the chain predecessor's number plus 128 when larger. All
 * numbers of a chain leave the chain's remainder by 128 and grow, so none repeats (the records from before the
 * chains keep 1, 2, …, far below); across chains they follow the clock, within a chain the place gives the
 * order. A removed record shows as a break in its chain, not as a gap in the numbers.</li>
 * <li><b>Anchors.</b> At most once a minute while it writes, each node appends to chain {@code a} a record
 * {@code audit.anchor} listing every chain's committed head ({@code {"heads":{"s3":[place, number, hash]}}}), in
 * a transaction of its own on a thread of its own (a writer never waits for a second connection), so the chains
 * are linked: a tail cut off a chain together with its head, or a last
 * record changed together with its head, still disagrees with an anchor written before.</li>
 * <li><b>Verification</b> ({@link org.reportcycle.audit.AuditQueries#verify}) is complete: the records from
 * before the chains (no chain) as one chain against {@code rc_audit_head}; every chain record by record (place
 * 1, 2, … without a gap, predecessor's number and hash, own hash) up to its head and no further; every head an
 * anchor listed found with the same number and hash. A changed record is reported by its number; a removed one
 * by its number too, which its successor (or a head, or an anchor) names. What no anchor covers yet — the last
 * minute's records of a chain cut off with its head — is the window left, as it was with the single head.</li>
 * </ul>
 */
package org.reportcycle.audit;
