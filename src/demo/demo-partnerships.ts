// Demo partnerships drawn from the seed documents: a middle-school robotics program with an
// engineering firm (Texas), a rural school with a solar startup and an environmental nonprofit
// (Ohio), a Title I school's app-development club with a software company.

export interface DemoPartnership {
  handle: string;
  name: string;
  programModels: string[];
  timezone: string;
  sharedGoal: string;
  expectations: string;
  partners: {
    organization: string;
    kind: string;
    role: string;
    commitments: string;
    liaisons: string[];
    assets: { kind: string; description: string; quantity?: number }[];
  }[];
  metrics: { key: string; name: string; unit: string; baseline: number; target: number; dueInDays: number; weekly: number }[];
  needs: { kind: string; description: string }[];
  milestones: { title: string; dueInDays: number; done: boolean }[];
  /** Statuses of the last rounds, oldest first; one letter per liaison: o on track, r at risk, x off track, - silent. */
  history: string[];
  notes: { highlights: string; blockers: string };
}

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    handle: "robotics-tx",
    name: "Middle School Robotics Mentorship",
    programModels: ["mentorship", "after-school"],
    timezone: "America/Chicago",
    sharedGoal: "Spark curiosity in engineering through real-world challenges.",
    expectations: "Engineers mentor weekly build nights; the school hosts the club and recruits students; both report monthly.",
    partners: [
      { organization: "Lincoln Middle School", kind: "school", role: "host school", commitments: "Lab space after school, two teacher sponsors, student recruitment", liaisons: ["Maria Alvarez"], assets: [{ kind: "space", description: "Science lab, Tuesdays and Thursdays 3:30-5:30" }, { kind: "expertise", description: "Two certified science teachers" }] },
      { organization: "Ridgeline Engineering", kind: "business", role: "industry mentor", commitments: "Six engineer mentors, robot kits, competition fees", liaisons: ["Dev Patel", "Sam Okafor"], assets: [{ kind: "mentors", description: "Engineers volunteering at build nights", quantity: 6 }, { kind: "equipment", description: "VEX robotics kits", quantity: 10 }, { kind: "funding", description: "Competition entry fees and travel", quantity: 5000 }] },
    ],
    metrics: [
      { key: "enrollment", name: "Robotics club enrollment", unit: "students", baseline: 25, target: 35, dueInDays: 180, weekly: 1 },
      { key: "mentor-hours", name: "Mentor hours per month", unit: "hours", baseline: 20, target: 60, dueInDays: 120, weekly: 2 },
      { key: "confidence", name: "Student confidence (survey average)", unit: "points", baseline: 3.1, target: 4, dueInDays: 200, weekly: 0.05 },
    ],
    needs: [{ kind: "funding", description: "Bus transport to the regional competition" }],
    milestones: [
      { title: "Kickoff build night", dueInDays: -50, done: true },
      { title: "Prototype showcase for families", dueInDays: -4, done: false },
      { title: "Regional robotics competition", dueInDays: 75, done: false },
    ],
    history: ["ooo", "oo-", "ooo", "oro", "oro", "orr"],
    notes: { highlights: "Two teams finished drivetrains; parents came to the open lab", blockers: "Kits arrive late; two mentors travel this month" },
  },
  {
    handle: "solar-oh",
    name: "Rural Solar Classroom",
    programModels: ["curriculum", "funding"],
    timezone: "America/New_York",
    sharedGoal: "Students design, install and monitor a working solar array and learn the science behind it.",
    expectations: "The startup supplies panels and training; the nonprofit leads field lessons; the school fits the unit into science classes.",
    partners: [
      { organization: "Pine Valley High School", kind: "school", role: "host school", commitments: "Classroom space, teacher time, roof access for the array", liaisons: ["Janet Brooks"], assets: [{ kind: "space", description: "Classroom and south-facing roof" }] },
      { organization: "Brightfield Solar", kind: "business", role: "technology partner", commitments: "Panels, inverter, installer training for teachers", liaisons: ["Omar Haddad"], assets: [{ kind: "equipment", description: "Solar panels", quantity: 12 }, { kind: "expertise", description: "Certified installers for teacher training" }] },
      { organization: "Green Valley Watershed Alliance", kind: "nonprofit", role: "field educator", commitments: "Monthly field lessons on energy and the local watershed", liaisons: ["Lena Fischer"], assets: [{ kind: "expertise", description: "Environmental educators" }, { kind: "equipment", description: "Water testing kits", quantity: 15 }] },
    ],
    metrics: [
      { key: "students", name: "Students in solar projects", unit: "students", baseline: 0, target: 60, dueInDays: 150, weekly: 6 },
      { key: "kwh", name: "Energy from the student array", unit: "kWh", baseline: 0, target: 1200, dueInDays: 240, weekly: 40 },
      { key: "teachers", name: "Teachers trained", unit: "teachers", baseline: 0, target: 4, dueInDays: 90, weekly: 0.5 },
    ],
    needs: [{ kind: "software", description: "A monitoring dashboard for the array's output" }],
    milestones: [
      { title: "Array installed on the roof", dueInDays: -20, done: true },
      { title: "First student energy report", dueInDays: 21, done: false },
    ],
    history: ["ooo", "ooo", "oro", "ooo", "ooo", "ooo"],
    notes: { highlights: "Array produced its first 100 kWh; students presented to the school board", blockers: "" },
  },
  {
    handle: "appdev-ca",
    name: "Title I App Development Club",
    programModels: ["mentorship", "internships", "curriculum"],
    timezone: "America/Los_Angeles",
    sharedGoal: "Give students at a Title I school a path into software careers by building real apps.",
    expectations: "Codewise sends mentors and a summer internship slot; the school runs the club and tracks participation.",
    partners: [
      { organization: "César Chávez Middle School", kind: "school", role: "host school", commitments: "Computer lab, a club sponsor, outreach to families", liaisons: ["Rosa Delgado"], assets: [{ kind: "space", description: "Computer lab with 30 laptops" }] },
      { organization: "Codewise Software", kind: "business", role: "software mentor", commitments: "Four developer mentors, cloud credits, two summer internships", liaisons: ["Priya Nair"], assets: [{ kind: "mentors", description: "Developer mentors", quantity: 4 }, { kind: "software", description: "Cloud credits for student apps", quantity: 2000 }] },
    ],
    metrics: [
      { key: "participants", name: "Club participants", unit: "students", baseline: 12, target: 30, dueInDays: 120, weekly: 0.5 },
      { key: "apps", name: "Apps published", unit: "apps", baseline: 0, target: 5, dueInDays: 160, weekly: 0.1 },
      { key: "girls", name: "Share of girls in the club", unit: "%", baseline: 20, target: 50, dueInDays: 160, weekly: 0.5 },
    ],
    needs: [{ kind: "mentors", description: "Spanish-speaking mentors for family nights" }, { kind: "funding", description: "Snacks and transport for Saturday hackathons" }],
    milestones: [
      { title: "Family app night", dueInDays: -30, done: false },
      { title: "Summer internship interviews", dueInDays: 140, done: false },
    ],
    history: ["oo", "o-", "r-", "x-", "rx", "x-"],
    notes: { highlights: "First app prototype demoed", blockers: "Mentor availability dropped; lab laptops need updates" },
  },
];
