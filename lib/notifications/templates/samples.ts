// Sample data for every template: the admin's template previews (/admin/notifications/templates)
// render these, and samples.test.ts fails for a template that has none, so add one beside each new
// template. Names and addresses are fictional.
import type { TemplateData, TemplateName } from './index';

type Samples = { [K in TemplateName]?: TemplateData<K> };

const APP = 'https://portal.example';

/** Sample data per template, with dates relative to `now` so expiry wording reads naturally. */
export function templateSamples(now: Date = new Date()): Samples {
  const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000);
  return { ...nominationSamples(inMinutes), ...reviewSamples(), ...mctSamples(inMinutes), ...accountSamples() };
}

/** Signing in, nominations and MVP renewals. */
function nominationSamples(inMinutes: (m: number) => Date): Samples {
  return {
    'auth.sign-in-link': { url: `${APP}/api/auth/callback/nodemailer?token=sample&email=casey%40example.test`, expires: inMinutes(15) },
    'mvp.nomination-invitation': {
      nomineeName: 'Nadia Nominee',
      nominatorName: 'Morgan Mvp',
      categoryName: 'Azure',
      focusAreaName: 'Kubernetes',
      url: `${APP}/invitations/sample-token`,
      expiresAt: inMinutes(30 * 24 * 60),
    },
    'mvp.nomination-endorse-offer': {
      recipientName: 'Emery Employee',
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      url: `${APP}/nominations/0192f0c4-0000-7000-8000-000000000001/endorse`,
    },
    'mvp.nomination-update': {
      recipientName: 'Morgan Mvp',
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      event: 'ACCEPTED',
      url: `${APP}/nominations/sample`,
    },
    'mvp.submission-received': { nomineeName: 'Nadia Nominee', categoryName: 'Azure', itemCount: 7, url: `${APP}/nominations/sample` },
    'mvp.nomination-deadline': {
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      deadline: '15 April 2027 at 23:59 Pacific Time',
      url: `${APP}/nominations/sample`,
    },
    'mvp.nomination-expired': {
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      cycleName: 'MVP award cycle 2026–2027',
      url: `${APP}/nominations/sample`,
    },
    'mvp.renewal-open': {
      name: 'Morgan Mvp',
      categoryName: 'Azure',
      deadline: '1 June 2027 at 23:59 Pacific Time',
      url: `${APP}/awards/sample/renew`,
    },
    'mvp.renewal-reminder': {
      name: 'Morgan Mvp',
      categoryName: 'Azure',
      deadline: '1 June 2027 at 23:59 Pacific Time',
      daysLeft: 7,
      url: `${APP}/awards/sample/renew`,
    },
    'mvp.renewal-expired': { name: 'Morgan Mvp', categoryName: 'Azure', url: `${APP}/dashboard` },
  };
}

/** Reviews, discussions, decisions and cycle dates. */
function reviewSamples(): Samples {
  return {
    'mvp.review.assigned': {
      reviewerName: 'Riley Reviewer',
      count: 3,
      dueAt: new Date('2027-04-15T23:59:00Z'),
      timeZone: 'UTC',
      url: `${APP}/reviews`,
    },
    'mvp.review.under-review': {
      nominatorName: 'Morgan Mvp',
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      url: `${APP}/nominations/sample`,
    },
    'mvp.review.reminder': {
      reviewerName: 'Riley Reviewer',
      timeZone: 'UTC',
      reviews: [
        { candidateName: 'Nadia Nominee', categoryName: 'Azure', dueAt: new Date('2027-04-01T23:59:00Z') },
        { candidateName: 'Omar Nominee', categoryName: 'Security', dueAt: new Date('2027-04-03T23:59:00Z') },
      ],
      url: `${APP}/reviews`,
    },
    'mvp.discussion.mention': {
      recipientName: 'Robin Reviewer',
      authorLabel: 'Reviewer A',
      candidateName: 'Nadia Nominee',
      categoryName: 'Azure',
      excerpt: '@ReviewerB I scored consistency low: nothing between March and July. Did you read the talks as one series?',
      url: `${APP}/reviews/sample#discussion`,
    },
    'mvp.decision.released': {
      name: 'Nadia Nominee',
      categoryName: 'Azure',
      isAward: true,
      isRenewal: false,
      url: `${APP}/outcomes/sample`,
    },
    'mvp.decision.released-nominator': {
      nominatorName: 'Morgan Mvp',
      nomineeName: 'Nadia Nominee',
      categoryName: 'Azure',
      isAward: true,
      url: `${APP}/nominations/sample`,
    },
    'cycle.dates-changed': {
      name: 'Nadia Nominee',
      cycleName: 'MVP award cycle 2027–2028',
      changes: [{ label: 'Evidence due', when: '30 April 2027 at 23:59 Pacific Time' }],
      note: 'Evidence is due two weeks later, to give everyone the Easter holidays.',
      url: `${APP}/dashboard`,
    },
  };
}

/** MCT applications, memberships and ISC providers. */
function mctSamples(inMinutes: (m: number) => Date): Samples {
  return {
    'mct.provider-application': {
      candidateName: 'Taylor Trainer',
      providerName: 'Contoso Learning',
      url: `${APP}/mct/applications/accept/sample`,
      expires: inMinutes(14 * 24 * 60),
    },
    'mct.application-submitted': { candidateName: 'Taylor Trainer', url: `${APP}/mct` },
    'mct.application-approved': { candidateName: 'Taylor Trainer', startsOn: '2027-01-10', endsOn: '2028-01-09', url: `${APP}/dashboard` },
    'mct.application-rejected': {
      candidateName: 'Taylor Trainer',
      reason: 'The certification you listed expired before you applied.',
      url: `${APP}/mct`,
    },
    'mct.certification-expiring': {
      name: 'Taylor Trainer',
      code: 'AZ-104',
      certificationName: 'Microsoft Certified: Azure Administrator Associate',
      lastDay: '2027-02-01',
      daysLeft: 30,
      termEndsOn: '2027-03-01',
      url: `${APP}/mct/certifications`,
    },
    'mct.renewal-reminder': { name: 'Taylor Trainer', endsOn: '2027-03-01', daysLeft: 30, url: `${APP}/mct/membership` },
    'mct.renewal-submitted': { name: 'Taylor Trainer', deliveries: 4, url: `${APP}/mct/membership` },
    'mct.renewal-approved': { name: 'Taylor Trainer', startsOn: '2027-03-02', endsOn: '2028-03-01', url: `${APP}/mct/membership` },
    'mct.renewal-more-info': {
      name: 'Taylor Trainer',
      note: 'Please add the student numbers of your March workshop.',
      url: `${APP}/mct/membership`,
    },
    'mct.membership-lapsed': { name: 'Taylor Trainer', endedOn: '2027-03-01', url: `${APP}/mct` },
    'mct.alumni-switched': { name: 'Taylor Trainer', url: `${APP}/mct/membership` },
    'mct.renewal-rejected': {
      name: 'Taylor Trainer',
      note: 'The deliveries you listed were all before your membership year started.',
      url: `${APP}/mct/membership`,
    },
    'mct.provider-application-cancelled': { candidateName: 'Taylor Trainer', providerName: 'Northwind Learning ISC', url: `${APP}/mct` },
    'provider.candidate-accepted': {
      staffName: 'Parker Provider',
      candidateName: 'Taylor Trainer',
      providerName: 'Northwind Learning ISC',
      url: `${APP}/provider`,
    },
    'provider.application-decided': {
      staffName: 'Parker Provider',
      candidateName: 'Taylor Trainer',
      providerName: 'Northwind Learning ISC',
      approved: true,
      url: `${APP}/provider`,
    },
  };
}

/** Privacy requests, the program team's queue and the daily digest. */
function accountSamples(): Samples {
  return {
    'privacy.erasure-requested': { name: 'Casey Candidate', url: `${APP}/privacy` },
    'privacy.erasure-request-admin': { requesterEmail: 'casey@example.test', url: `${APP}/admin/privacy` },
    'privacy.erasure-rejected': {
      name: 'Casey Candidate',
      reason: 'An award decision about you is still open; ask again once it is released.',
      url: `${APP}/profile`,
    },
    'privacy.erased': { url: `${APP}/privacy` },
    'admin.application-waiting': {
      adminName: 'Avery Admin',
      candidateName: 'Taylor Trainer',
      channel: 'started by an ISC provider',
      url: `${APP}/admin/mct/applications/sample`,
    },
    'notifications.daily-digest': {
      name: 'Morgan Mvp',
      parts: [
        { subject: 'Nadia Nominee accepted the nomination', text: 'Nadia Nominee accepted the nomination in Azure.' },
        { subject: 'Nadia Nominee submitted their evidence', text: 'Nadia Nominee submitted their evidence for Azure.' },
      ],
      profileUrl: `${APP}/profile`,
    },
  };
}
