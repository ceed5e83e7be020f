import type { Answers } from '../wizard/answers'

/** What the live preview assumes for a question not (validly) answered yet. */
export const PREVIEW_DEFAULTS: Answers = {
  name: '我的企业',
  industry: 'other',
  customerModel: 'toC',
  stage: 'growing',
  primaryGoal: 'brand',
  ageBands: ['26-35'],
  servicePattern: 'highFrequency',
  needs: [],
  weeklyCapacity: 3,
  contentForms: ['longArticle'],
  assets: [],
  officialAccountType: null,
  followers: null,
  monthlyGmv: null,
  activities: [],
  httpsAll: null,
  efficacyClaims: null,
  competitorPattern: 'unknown',
  competitorNames: '',
  peaks: [],
  hasCrm: null,
  devTeam: 'agency',
}
