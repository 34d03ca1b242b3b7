import * as l10n from '@vscode/l10n';
import type { Config } from '../config';
import { onlineLinks } from '../links/onlineLinks';
import type { Verdict, VerdictReason } from '../links/onlineVerdict';
import type { Page } from '../page/page';
import type { Finding, RuleMeta, Severity } from './types';

/** Raised by the opt-in online check only, never by `lintPages`: they need the network. */
export const linkUnreachable: RuleMeta = {
  code: 'link.unreachable',
  defaultSeverity: 'error',
  description: 'A lab link whose host does not resolve, refuses connections, answers 404 or 410, or redirects to another host or the portal home (online check).',
};

export const linkUnverified: RuleMeta = {
  code: 'link.unverified',
  defaultSeverity: 'hint',
  description: 'A lab link the online check could not decide: 429, 5xx, a time-out or a network error. Never reported as broken.',
};

export const onlineCodes: readonly RuleMeta[] = [linkUnreachable, linkUnverified];

/** The online findings of a page from the verdicts of its links, with `ignoreLinks`, suppressions and severities applied. */
export function onlineFindings(page: Page, config: Config, verdicts: ReadonlyMap<string, Verdict>): Finding[] {
  const findings: Finding[] = [];
  for (const link of onlineLinks(page, config)) {
    const verdict = verdicts.get(link.url);
    if (!verdict || verdict.status === 'ok') continue;
    const meta = verdict.status === 'broken' ? linkUnreachable : linkUnverified;
    const setting = config.severities[meta.code];
    if (setting === 'off' || page.suppressions.isSuppressed(meta.code, page.lines.lineAt(link.span.start))) continue;
    const severity: Severity = setting ?? meta.defaultSeverity;
    let message = verdict.status === 'broken' ? brokenMessage(verdict.reason) : unverifiedMessage(verdict.reason);
    if (verdict.checked !== link.url) message += ' ' + l10n.t('(checked at {0})', verdict.checked);
    findings.push({ code: meta.code, severity, message, span: link.span, fixes: [], related: [] });
  }
  return findings;
}

function brokenMessage(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'dns':
      return l10n.t('This lab link is broken: its host name does not resolve.');
    case 'refused':
      return l10n.t('This lab link is broken: its server refuses connections.');
    case 'portalHome':
      return l10n.t('This lab link is broken: it redirects to the portal home page ({0}), so the lab has moved or is gone.', reason.to);
    case 'otherHost':
      return l10n.t('This lab link is broken: it redirects to another site ({0}), so the lab has moved or is gone.', reason.to);
    case 'status':
      return l10n.t('This lab link is broken: the server answered {0}.', reason.status);
    default:
      return l10n.t('This lab link is broken.');
  }
}

function unverifiedMessage(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'status':
      return reason.status === 429
        ? l10n.t('This lab link could not be checked: the server answered 429 (too many requests). It is not reported as broken.')
        : l10n.t('This lab link could not be checked: the server answered {0}. It is not reported as broken.', reason.status);
    case 'timeout':
      return l10n.t('This lab link could not be checked: the server did not answer in time. It is not reported as broken.');
    case 'hostBudget':
      return l10n.t('This lab link could not be checked: its server stopped answering. It is not reported as broken.');
    case 'retryTooLong':
      return l10n.t('This lab link could not be checked: the server asked to wait {0} s. It is not reported as broken.', reason.seconds);
    case 'tooManyRedirects':
      return l10n.t('This lab link could not be checked: too many redirects. It is not reported as broken.');
    case 'network':
      return l10n.t('This lab link could not be checked: {0}. It is not reported as broken.', reason.detail ?? '');
    default:
      return l10n.t('This lab link could not be checked. It is not reported as broken.');
  }
}
