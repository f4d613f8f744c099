// Copy forward: the next period's programme started from the current one.
export const copyForward = {
  page: {
    heading: "Start next period's programme",
    intro: "A new draft programme is made from {{title}}. {{title}} itself does not change.",
    copies: "Copied: focus areas with headings and sub-themes, goals with their indicators, measures that are not completed or cancelled with their parts, and the roles in the follow-up.",
    budget: "Budget lines come along only for years inside the new period. Indicator values and reports stay with {{title}}.",
    notAllowed: "Only the council's secretariat can start the next period's programme.",
    back: "Back to the programme",
  },
  form: {
    heading: "The new programme",
    title: "Title",
    periodStart: "Period start",
    periodEnd: "Period end",
    submit: "Create draft",
    afterSource: "must be after {{date}}, when the current period ends",
  },
  notice: {
    heading: "Next period's programme started",
    copied: "Copied: {{focusAreas}}, {{goals}} and {{measures}}. It is a draft until the council adopts it.",
    focusAreas_one: "{{count}} focus area",
    focusAreas_other: "{{count}} focus areas",
    withSubThemes_one: "{{focusAreas}} with {{count}} sub-theme",
    withSubThemes_other: "{{focusAreas}} with {{count}} sub-themes",
    goals_one: "{{count}} goal",
    goals_other: "{{count}} goals",
    measures_one: "{{count}} unfinished measure",
    measures_other: "{{count}} unfinished measures",
  },
};
