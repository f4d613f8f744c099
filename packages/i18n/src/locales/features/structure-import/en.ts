// The whole programme in one Excel workbook: its sheets and headings (read back in any of the
// four languages), the instructions sheet, and the secretariat's import screen.
export const structureImport = {
  sheet: { instructions: "Instructions", structure: "Focus areas and goals", lists: "Lists" },
  download: "Download the whole programme as Excel",
  file: { template: "Programme template {{programme}}", programme: "Programme structure {{programme}}" },
  kind: { focus_area: "Focus area", sub_theme: "Sub-theme", goal: "Goal" },
  columns: { kind: "Row type", heading: "Heading", title: "Title", description: "Description" },
  instructions: {
    title: "The whole action programme in one workbook",
    structure:
      "Sheet «{{sheet}}»: one row per focus area, with its sub-themes and goals on the rows below it. A goal belongs to the focus area or sub-theme above it; goals above the first focus area are the programme's own.",
    measures:
      "Sheet «{{sheet}}»: one row per measure, with each municipality's part on the rows right below it. Name the focus area or sub-theme and the goals exactly as in the first sheet; separate several goals with «;».",
    budget: "Budget: one column per year, in whole {{currency}}. The funding source of the row applies to all its years.",
    lists: "The cells with choices (row type, status, funding source, municipality) offer the allowed values in a list.",
    strategy:
      "The vision and overarching goal belong to the strategy and are edited there. They are shown here for information and are not imported.",
    vision: "Vision: {{text}}",
    overarchingGoal: "Overarching goal: {{text}}",
  },
  import: {
    link: "Import the whole programme from Excel",
    heading: "Import the whole programme",
    intro:
      "Fill in the template with the focus areas, sub-themes, goals and measures of {{programme}}, with the municipalities' parts and budgets. Nothing is saved until you confirm, and only when the whole file is valid.",
    template: "Download the programme template",
    check: "Check the file",
    wouldCreate: "The import would create:",
    focusAreas: "Focus areas",
    subThemes: "Sub-themes",
    goals: "Goals",
    measures: "Measures",
    parts: "Municipalities' parts",
    budgetLines: "Budget lines",
    treeHeading: "The programme as the file describes it",
    programmeGoals: "Goals of the whole programme",
    unplacedMeasures: "Measures without a focus area",
    sheet: "Sheet",
    problem: "Sheet «{{sheet}}», row {{row}}, column «{{column}}»: {{message}}",
    countsCaption: "What the import would create",
    level: "Level",
    count: "Number",
    errorsCaption: "Problems in the file",
    column: "Column",
    message: "Problem",
    local: "local",
    confirm: "Import the programme",
    done: "The programme was imported: {{focusAreas}} focus areas, {{goals}} goals and {{measures}} measures.",
    missingSheet: "The workbook has no sheet «{{sheet}}». Start from the programme template.",
  },
};
