/**
 * Common given names in England and Wales (ONS baby-name lists across the decades of the people
 * these services see). A capitalised word in this list is taken as a name wherever it stands.
 * Names that are also everyday words or risk grades (May, June, Will, Hope, Amber, Mark...)
 * are left out: they are found only beside a cue such as "Mr", "mum" or "key worker".
 */
export const GIVEN_NAMES = new Set(
  `Aaron Abdul Abigail Adam Adrian Ahmed Aidan Aimee Alan Alex Alexander Alexandra Ali Alice Alison Amanda Amy Andrea Andrew Andy
  Angela Anna Anne Annette Anthony Antony Ashley Asif Ayesha Barbara Barry Becky Ben Benjamin Bernard Beth Bethany Beverley Billy
  Brandon Brendan Brian Bryony Callum Cameron Carl Carla Carly Carol Caroline Carolyn Catherine Charlene Charlie Charlotte Chantelle
  Chelsea Chloe Chris Christine Christopher Ciaran Claire Clare Colin Connor Craig Damian Damien Daniel Danielle Danny Darren Dave David
  Dawn Dean Debbie Deborah Declan Denise Dennis Derek Diane Dominic Donna Dylan Eddie Edward Elaine Eleanor Elizabeth Ellie Emily Emma
  Eric Erin Ethan Faisal Fatima Fiona Francesca Gail Gareth Gary Gavin Gemma Geoffrey George Georgia Gerald Gillian Gordon Graham
  Hannah Harry Harvey Hassan Hayley Heather Helen Holly Ian Imran Isaac Jacqueline Jade Jake James Jamie Jane Janet Jason Jasmine
  Jayden Jeffrey Jennifer Jenny Jeremy Jessica Joanne Jodie Joe Joel John Jonathan Jordan Joseph Josh Joshua Julie Justin Karen
  Kate Katie Kayleigh Keith Kelly Kerry Kevin Kieran Kim Kirsty Kyle Laura Lauren Leah Lee Leon Lesley Leslie Liam Lindsay Lisa
  Louise Lucy Luke Lynn Lynne Mandy Marcus Margaret Maria Marie Martin Mary Matthew Megan Melanie Melissa Michael Michelle Mohammed
  Muhammad Nadia Naomi Natalie Nathan Neil Nicholas Nicola Nicole Nigel Oliver Owen Paul Paula Pauline Peter Philip Priya Rachel
  Rebecca Reece Rhys Richard Ricky Robert Robbie Ryan Samantha Sandra Sarah Scott Sean Shane Shannon Sharon Shaun Sheila Simon Sophie
  Stacey Stephanie Stephen Steve Steven Stuart Susan Tanya Tara Terry Thomas Tina Toby Tom Tony Tracey Tracy Trevor Tyler Usman
  Vanessa Vicky Victoria Wayne William Yasmin Zainab Zoe`.split(/\s+/),
);

/**
 * Capitalised words in case records that are not names: services, places of care, days,
 * months, roles and record terms. A run of capitalised words containing any of them is not
 * taken as a person's name. Compared in lower case.
 */
export const NOT_NAME_WORDS = new Set(
  `a about after again all also an and another any are as at attended away back be because been before being both but by called
  can cannot could did do does done due during each either even every few for from further had has have having he her here hers
  him his how however i if in into is it its just later left made many may more most much must my never next no nor not now of
  off often on once only or other our out over own per please quite rang rather re said same saw seen she should since so some
  still such than that the their them then there these they this those though through thus to today told too under until up upon
  us very via was we were what when where whether which while who whom whose why will with within without would yesterday yet you
  your monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march
  april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
  police constabulary ambulance paramedic paramedics hospital hospitals infirmary a&e ed emergency department ward unit clinic surgery
  practice gp gps nhs trust foundation service services team teams centre center hub house hostel shelter project projects programme
  housing options council city county borough district local authority adult adults social care children's children family families
  probation prison hmp court courts magistrates crown custody suite station custody cell cells mental health crisis home treatment
  drug drugs alcohol recovery substance misuse turning point st mungo's mungo's mungo salvation army change grow live framework
  samaritans mind women's aid refuge victim support citizens advice jobcentre plus dwp universal credit pip esa benefits benefit
  marac mash marsh mappa ppn idva isva cpn cmht iapt asb asbo cbo dpo dvpo dvpn safeguarding referral referrals assessment
  assessments review reviews plan plans support worker workers officer officers manager managers nurse nurses doctor doctors
  consultant psychiatrist psychiatry liaison outreach street night day days week weeks month months year years time times morning
  afternoon evening weekend bank holiday new old first second third last north south east west northern southern eastern western
  central royal general community public private national regional street road lane avenue close drive area areas ward wards
  methadone buprenorphine subutex naloxone heroin crack cocaine spice cannabis diazepam pregabalin gabapentin mirtazapine sertraline
  olanzapine fluoxetine citalopram paracetamol ibuprofen tramadol morphine ketamine mdma amphetamine benzodiazepines benzos opiates
  opioids monday's friday's note notes outcome outcomes contact contacts call calls visit visits appointment appointments letter
  letters email phone text message messages dna did-not-attend failed engage engagement engaged discharge discharged released
  release arrest arrested charged bail licence recall breach warrant order orders section sectioned s136 s2 s3 mha act
  triage duty desk front line lead leads designated key keyworker caseworker navigator navigators panel meeting meetings multi
  agency agencies partnership partnerships board boards strategy strategic operational high medium low risk risks very not graded
  open closed red amber green black white asian british english scottish welsh irish polish romanian kurdish eritrean syrian
  ok okay yes no mr mrs ms miss dr pc dc ds sgt insp ucr ucrs ndtms nfa nfa'd tenancy landlord landlords letting lettings agent
  supported accommodation b&b bed breakfast hotel flat flats room rooms person people woman women man men client clients patient
  patients subject case cases sample samples male female boy girl offender`.split(/\s+/),
);

/** Titles that introduce a member of staff: the name after them becomes [STAFF]. */
export const STAFF_TITLES = [
  'Dr',
  'Doctor',
  'Prof',
  'PC',
  'PCSO',
  'DC',
  'DS',
  'DI',
  'DCI',
  'Sgt',
  'Sergeant',
  'Insp',
  'Inspector',
  'Constable',
  'Officer',
  'Nurse',
  'Cllr',
];
/** Titles of anyone else: the name after them becomes [NAME]. */
export const PERSON_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Master'];

/** Words for relatives and friends: a capitalised word after one is a name. */
export const RELATIVE_CUES =
  `mother mum mam mom father dad brother sister son daughter partner ex-partner ex girlfriend boyfriend
  wife husband fiancé fiance fiancée friend friends uncle aunt auntie cousin nan nana gran granny grandmother grandfather grandad
  nephew niece neighbour neighbours carer stepfather stepmother stepdad stepmum stepson stepdaughter child baby associate
  associates flatmate housemate co-defendant victim perpetrator suspect`.split(/\s+/);

/** Job titles: a capitalised word after one is a member of staff. */
export const STAFF_CUES =
  `worker keyworker caseworker officer practitioner nurse doctor gp psychiatrist consultant manager coordinator
  co-ordinator advocate counsellor navigator om po sw cpn idva isva paramedic mentor therapist psychologist clinician midwife
  visitor pharmacist warden lead solicitor`.split(/\s+/);
