export {
  cleanRating,
  MAX_COMMENT,
  type Rating,
  type SurveyOptions,
  type SurveyStep,
  surveySteps,
} from './answers.ts'
export {
  type CreateSurveyOptions,
  createSurvey,
  type OutgoingRating,
  type Survey,
  type SurveyState,
} from './survey.ts'
