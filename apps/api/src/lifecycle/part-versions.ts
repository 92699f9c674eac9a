import { type ActionPart, type EditedRecord, type ListedPart, type RecordChanges } from '@passerelle/domain';

/**
 * The version of every record of a partnership a client edits under a version check: its own row (status,
 * parties, suspension, termination), each single part (0 before it exists) and each record of a listed part,
 * by key. A client sends the version of the record it edits; only a change of that same record refuses it.
 */
export interface PartVersions {
  readonly partnership: number;
  readonly convention: number;
  readonly politicalDialogue: number;
  readonly dialoguePlan: number;
  readonly listed: Readonly<Record<ListedPart, Readonly<Record<string, number>>>>;
  /** Each budget line and indicator, by `actionRecordKey` of its action's key and its own. */
  readonly actionParts: Readonly<Record<ActionPart, Readonly<Record<string, number>>>>;
}

/** Where `PartVersions.actionParts` keeps the version of an action's record. */
export function actionRecordKey(actionKey: string, key: string): string {
  return JSON.stringify([actionKey, key]);
}

/**
 * The version of the record a command edits; null for a listed record that does not exist. A party's
 * presentation reads as version 0 before its first text (the view shows it, empty, at 0), so that two first
 * texts sent at once do not both land.
 */
export function versionOfEdited(versions: PartVersions, edited: EditedRecord): number | null {
  if ('actionKey' in edited) {
    return versions.actionParts[edited.part][actionRecordKey(edited.actionKey, edited.key)] ?? null;
  }
  if ('key' in edited) {
    return versions.listed[edited.part][edited.key] ?? (edited.part === 'presentations' ? 0 : null);
  }
  return versions[edited.part];
}

/** The version of one record of a listed part (0 when there is none). */
export function versionOfRecord(versions: PartVersions, part: ListedPart, key: string): number {
  return versions.listed[part][key] ?? 0;
}

/** The version of one budget line or indicator of an action (0 when there is none). */
export function versionOfActionRecord(
  versions: PartVersions,
  part: ActionPart,
  actionKey: string,
  key: string,
): number {
  return versions.actionParts[part][actionRecordKey(actionKey, key)] ?? 0;
}

/** The versions after a write stored `changes` (a stored record counts one more; a new one starts at 1). */
export function versionsAfter(
  versions: PartVersions,
  changes: RecordChanges,
  rootChanged: boolean,
): PartVersions {
  const listed = { ...versions.listed };
  for (const { part, saved, removed } of changes.listed) {
    const next: Record<string, number> = { ...listed[part] };
    for (const { key } of saved) next[key] = (next[key] ?? 0) + 1;
    for (const key of removed) delete next[key];
    listed[part] = next;
  }
  const actionParts = { ...versions.actionParts };
  for (const { part, actionKey, saved, removed } of changes.actionParts) {
    const next: Record<string, number> = { ...actionParts[part] };
    for (const { key } of saved) {
      const at = actionRecordKey(actionKey, key);
      next[at] = (next[at] ?? 0) + 1;
    }
    for (const key of removed) delete next[actionRecordKey(actionKey, key)];
    actionParts[part] = next;
  }
  const single = {
    convention: versions.convention,
    politicalDialogue: versions.politicalDialogue,
    dialoguePlan: versions.dialoguePlan,
  };
  for (const part of changes.single) single[part] += 1;
  return { ...single, partnership: versions.partnership + (rootChanged ? 1 : 0), listed, actionParts };
}
