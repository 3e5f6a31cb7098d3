export {
  cleanRating,
  MAX_COMMENT,
  type Rating,
  type SurveyOptions,
  type SurveyStep,
} from './answers.ts'
export {
  cleanSiteSurvey,
  MAX_QUESTION,
  QUESTION_KEYS,
  type SiteSurvey,
  siteSurveyTexts,
} from './site-survey.ts'
export {
  type CreateSurveyOptions,
  createSurvey,
  type OutgoingRating,
  type Survey,
  type SurveyState,
  surveySteps,
} from './survey.ts'
