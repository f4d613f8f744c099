// The public council page: published programmes and their progress, for anyone.
export const publicPages = {
  council: {
    description: "{{name}}: published action programmes and how the work is progressing.",
    programmes: "Published action programmes",
    empty: "{{name}} has not published any action programmes yet.",
    period: "Period",
    status: "Status",
    measureCount_one: "{{count}} measure",
    measureCount_other: "{{count}} measures",
    overall: "Overall progress",
    overallLabel: "Overall progress of {{title}}",
    byStatus: "Measures by status",
    readProgramme: "Read the programme",
    website: "Website",
  },
};
