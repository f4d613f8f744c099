// The ways from each role's home to its work: the main menu's own entries, the "your work"
// links on every home page, the programmes page and a council's dashboard opened from a link.
export const navigation = {
  menu: { home: "Home" },
  work: {
    heading: "Your work",
    programmes: "Action programmes",
    allProgrammes: "All action programmes",
    noProgrammes: "No action programmes yet.",
    reporting: "Reporting",
    dashboards: "Dashboards",
    councilDashboard: "Dashboard: {{council}}",
    followUp: "Meetings and agreements",
    meetings: "Meetings and decisions",
    agreements: "Partnership agreements",
    settings: "Settings",
    notificationSettings: "Notification settings",
    administration: "Administration",
  },
  programmes: {
    heading: "Action programmes",
    intro: "The strategies and action programmes you work with, drafts included, and what others have published.",
    own: "Your action programmes",
    ownEmpty: "None of the councils or municipalities you work for has an action programme yet.",
    others: "Published by others",
    othersEmpty: "Nobody else has published an action programme yet.",
    unpublished: "Not published",
    dashboard: "Dashboard",
    publicPage: "Public page",
  },
  councilDashboard: {
    unknown: "This council is not one you follow.",
    toProgrammes: "Go to the action programmes",
  },
  councilPicker: { label: "Council" },
  adminHome: { intro: "Organisations and their memberships, users, and the e-mails the portal sends." },
};
