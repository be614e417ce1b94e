"""ACLED sub-event types through the real coder (events/acled.py + plover2acled.v1.tsv).

Sentences are written for these tests (not taken from the development set); each expected
label follows the ACLED (2023) codebook definition of the sub-event type.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.events.acled import Scene, cue_terms, reported_acled
from newsevents.events.ontology import ACLED_SUB_EVENT_TYPES, get_ontology
from newsevents.records import Article

# Held-out report sets (written without reading the rules) and the accuracy each must keep.
# When written: acled_blind 0.740, acled_blind2 0.832, acled_fresh 0.820, acled_blind3 0.856,
# acled_blind4 0.824, acled_blind5 0.856, acled_blind6 0.784 (the last four in the fifth session, blind
# to the rules and to the other sets). At the end of that session: 0.880 / 0.912 / 0.900 / 0.896 /
# 0.864 / 0.856 / 0.784; the miss categories of sets 2, 3 and 4 were given to later rule rounds, so
# sets 5 and 6 are the ones still blind.
# Sixth session: sets 7-10 written blind to the rules by four writers. At the session's start
# (before any of its rules) 0.856 / 0.776 / 0.808 / 0.744; set 8's misses were then read for the
# seventh rule round, sets 7, 9 and 10 were only scored. Sets 11 and 12 (written after the seventh
# round by two more blind writers, local-press and sitrep styles): 0.728 / 0.720 with the session's
# starting rules, 0.744 / 0.752 when first scored on the seventh round, 0.752 / 0.784 at the end.
# Sets 13 and 14 (written after the last rule round, blind to all of it; ACLED-notes and
# broadcast styles): 0.776 / 0.768 with the session's starting rules, 0.840 / 0.816 at the end
# (set 11 was read for an eleventh round after they were written; 12, 13 and 14 never were).
# Seventh session: sets 15, 16 and 17 written first, blind to the rules (NGO-report, newspaper-lede and
# terse monitor styles): 0.816 / 0.784 / 0.696 on the session's starting rules; never read, they are
# the session's unseen figure. Sets 18-21 (terse, ledes, NGO, terse present tense) were written next
# and read for rounds 12-15 (0.744 / 0.800 / 0.704 / 0.760 when written); sets 12-14 were read too.
# Eighth session: sets 22-25 written first by two blind writers (wire copy, terse headlines, local
# press, sitrep bullets): 22 and 23 were read (0.840 / 0.736 when first scored), 24 and 25 never
# were (0.664 / 0.632 on the session's starting rules). Sets 26 and 27 (wire/NGO mix, headline +
# lede) were written after most of the session's rules, never read: 0.832 / 0.776 on the rules
# alone, 0.864 / 0.840 with the statistical fallback (events/acled_fallback.py).
# Ninth session: sets 24 and 25 were read for its rule round (0.704 / 0.712 at its start); sets 28-31
# (humanitarian flash updates, South Asian / Latin American regional press, radio bulletins,
# conflict-monitor digests) were written first by two blind writers and never read: 0.800 / 0.800 /
# 0.888 / 0.896 on the session's starting rules. Sets 32 and 33 (local radio, sitrep bullets) were
# written next and read for rounds 15-16: 0.880 / 0.608 when first scored (after rounds 13-14).
# Sets 34-37 (wire, NGO security logs, live blogs, rights reports) were written after rounds 13-16
# and never read: 0.912 / 0.768 / 0.872 / 0.864 when first scored. Sets 38 and 39 (mixed feed,
# regional newspapers) were written last, after every rule of the session, and scored once at its
# end: 0.808 / 0.856.
# Tenth and eleventh sessions: sets 40-47 (see docs/benchmarks.md); 40, 41 and 44 were read.
# Twelfth session: sets 48 (wire copy and newspaper ledes) and 49 (NGO/UN sitreps, risk-consultancy
# logs, translated local press) written first by two blind writers and scored once on the session's
# starting rules: 0.912 / 0.872. Sets 42 and 47 (0.776 / 0.792 then) were read for its rule round.
# Sets 50 (broadcast web copy) and 51 (analyst notes and alerts) were written while that round ran and
# scored once, after its last rule: 0.864 / 0.848.
HELD_OUT_FLOORS = {"acled_blind.v1.tsv": 0.85, "acled_blind2.v1.tsv": 0.88, "acled_blind3.v1.tsv": 0.87,
                   "acled_blind4.v1.tsv": 0.84, "acled_blind5.v1.tsv": 0.83, "acled_blind6.v1.tsv": 0.76,
                   "acled_fresh.v1.tsv": 0.86, "acled_blind7.v1.tsv": 0.90, "acled_blind8.v1.tsv": 0.86,
                   "acled_blind9.v1.tsv": 0.84, "acled_blind10.v1.tsv": 0.86, "acled_blind11.v1.tsv": 0.83,
                   "acled_blind12.v1.tsv": 0.82, "acled_blind13.v1.tsv": 0.86, "acled_blind14.v1.tsv": 0.84,
                   "acled_blind15.v1.tsv": 0.83, "acled_blind16.v1.tsv": 0.78, "acled_blind17.v1.tsv": 0.72,
                   "acled_blind18.v1.tsv": 0.87, "acled_blind19.v1.tsv": 0.90, "acled_blind20.v1.tsv": 0.81,
                   "acled_blind21.v1.tsv": 0.85, "acled_blind22.v1.tsv": 0.92, "acled_blind23.v1.tsv": 0.91,
                   "acled_blind24.v1.tsv": 0.76, "acled_blind25.v1.tsv": 0.73, "acled_blind26.v1.tsv": 0.86,
                   "acled_blind27.v1.tsv": 0.84, "acled_blind28.v1.tsv": 0.81, "acled_blind29.v1.tsv": 0.78,
                   "acled_blind30.v1.tsv": 0.87, "acled_blind31.v1.tsv": 0.89, "acled_blind32.v1.tsv": 0.86,
                   "acled_blind33.v1.tsv": 0.66, "acled_blind34.v1.tsv": 0.89, "acled_blind35.v1.tsv": 0.75,
                   "acled_blind36.v1.tsv": 0.85, "acled_blind37.v1.tsv": 0.85, "acled_blind38.v1.tsv": 0.79,
                   "acled_blind39.v1.tsv": 0.84, "acled_blind40.v1.tsv": 0.92, "acled_blind41.v1.tsv": 0.93,
                   "acled_blind42.v1.tsv": 0.76, "acled_blind43.v1.tsv": 0.79, "acled_blind44.v1.tsv": 0.67,
                   "acled_blind45.v1.tsv": 0.83, "acled_blind46.v1.tsv": 0.85, "acled_blind47.v1.tsv": 0.77,
                   "acled_blind48.v1.tsv": 0.89, "acled_blind49.v1.tsv": 0.85, "acled_blind50.v1.tsv": 0.84,
                   "acled_blind51.v1.tsv": 0.82}

CASES = [
    ("Armed clash", "Government soldiers clashed with rebel fighters near the northern town of "
     "Kaya on Monday, killing six militants."),
    ("Government regains territory", "The army recaptured the town of Dolo from insurgents on "
     "Friday after a week of fighting, a military spokesman said."),
    ("Non-state actor overtakes territory", "Rebel fighters captured the town of Mabanda on Sunday "
     "after heavy fighting with government troops."),
    ("Chemical weapon", "A shell filled with chlorine gas struck a rebel position near Hama on "
     "Tuesday, wounding eight fighters."),
    ("Air/drone strike", "Military warplanes bombed a rebel camp in the hills on Saturday, killing "
     "12 insurgents."),
    ("Suicide bomb", "A suicide bomber blew himself up at a checkpoint outside the city on Monday, "
     "killing nine soldiers."),
    ("Shelling/artillery/missile attack", "Government artillery shelled rebel positions outside "
     "the Syrian town of Saraqib on Wednesday, officials said."),
    ("Remote explosive/landmine/IED", "A roadside bomb exploded under a police truck on Thursday, "
     "killing four officers."),
    ("Grenade", "An unknown attacker threw a grenade into a crowded bar on Friday night, wounding "
     "seven people."),
    ("Sexual violence", "Soldiers raped three women in a village near the border on Tuesday, a "
     "rights group said."),
    ("Attack", "Soldiers shot dead two farmers at a checkpoint in northern Burkina Faso on "
     "Tuesday, witnesses said."),
    ("Abduction/forced disappearance", "Armed men kidnapped twelve students from a boarding school "
     "on Sunday, police said."),
    ("Peaceful protest", "Thousands of nurses marched through the capital on Saturday to demand "
     "better pay."),
    ("Protest with intervention", "Police in Kampala arrested 20 students who were marching "
     "against tuition fees on Monday."),
    ("Excessive force against protesters", "Soldiers opened fire on protesters demanding the "
     "release of political prisoners on Friday, killing three people."),
    ("Violent demonstration", "Protesters in Lagos threw stones at police and set fire to tyres "
     "during a demonstration against fuel prices on Tuesday."),
    ("Mob violence", "A mob lynched a man suspected of theft in a market on Sunday, police said."),
    # a bomber who killed himself and others harmed others: not a suicide in the self-harm sense
    ("Suicide bomb", "A suicide bomber killed himself and seven worshippers at a mosque in Kesh during "
     "Friday prayers, police said."),
    # a crowd fired on is a protest by what it does, and a victim by taking part in one
    ("Excessive force against protesters", "Soldiers fired live rounds at a crowd demanding the return "
     "of electricity in Tovo on Monday, killing three men."),
    ("Excessive force against protesters", "A police officer fatally shot a teacher taking part in a "
     "march for higher wages in Kesh on Friday."),
    ("Excessive force against protesters", "Four marchers lost their lives when soldiers turned their "
     "guns on a peaceful sit-in outside the palace in Kesh."),
    ("Agreement", "The Sudanese army and the RSF agreed on Tuesday to a one-week ceasefire in "
     "Khartoum."),
    ("Arrests", "Police arrested an opposition leader at his home on Thursday, his party said."),
    ("Change to group/activity", "More than 200 rebel fighters surrendered to the army in eastern "
     "Congo on Thursday, officials said."),
    ("Disrupted weapons use", "Israeli air defences intercepted a rocket fired from Gaza toward "
     "Ashkelon on Friday, the army said."),
    ("Headquarters or base established", "The rebels set up a new base in the forest on Sunday, "
     "villagers said."),
    ("Looting/property destruction", "Militiamen looted shops in the market of Bunia in eastern "
     "Congo on Friday, stealing food and fuel."),
    ("Non-violent transfer of territory", "Rebel fighters withdrew from the town of Goma on Friday "
     "and government troops moved in without a fight."),
    ("Other", "The militants imposed a curfew on residents of the town on Monday, ordering them "
     "to stay indoors."),
]

MORE_CASES = [
    # the protest context decides, not the arrest verb or the weapon word alone
    ("Protest with intervention", "Police fired tear gas to disperse hundreds of students "
     "protesting against tuition fees on Monday."),
    ("Disrupted weapons use", "Army engineers in Mali defused a bomb found near a bridge outside "
     "Gao on Monday, police said."),
    ("Grenade", "A hand grenade was hurled at a police station in Kabul on Saturday, wounding "
     "two officers."),
    ("Non-violent transfer of territory", "Foreign troops withdrew from the town on Sunday and "
     "local police took control of it peacefully."),
]


# Scene rules: expulsions and plain "took" capture places; named non-state forces; chemical
# agents vs crowd control; weapons seizures; fights avoided; hand-overs and evacuations;
# checkpoints and seized buildings; crowds against state buildings; demolitions.
NEW_RULE_CASES = [
    ("Government regains territory", "Police units cleared armed gangs from the port district "
     "on Saturday after a two-day operation."),
    ("Non-state actor overtakes territory", "Separatist rebels took the airport of the regional "
     "capital on Tuesday after fighting with the army."),
    ("Non-state actor overtakes territory", "Taliban fighters captured a district centre from "
     "Afghan police on Friday after a long battle."),
    ("Chemical weapon", "Enemy troops dropped grenades filled with riot-control gas into army "
     "trenches on Monday, the general staff said."),
    ("Protest with intervention", "Police fired riot-control gas at students who were "
     "protesting outside parliament on Tuesday."),
    ("Disrupted weapons use", "Soldiers recovered a cache of stolen rifles and grenades during "
     "a raid on Sunday, the army said."),
    ("Non-violent transfer of territory", "The militia abandoned the village without fighting "
     "on Friday and soldiers entered it."),
    ("Change to group/activity", "About 300 militia fighters handed over their rifles to the "
     "army on Monday under a peace deal."),
    ("Non-violent transfer of territory", "Rebel fighters moved into the town on Sunday after "
     "government troops evacuated their base, residents said."),
    ("Non-violent transfer of territory", "The army withdrew from the base on Sunday and "
     "handed it over to a local militia."),
    ("Other", "Rebel fighters seized control of the state broadcaster's offices on Wednesday."),
    ("Other", "Militiamen set up checkpoints on the main highway on Thursday and demanded "
     "money from drivers."),
    ("Violent demonstration", "A crowd of youths set fire to the town hall on Sunday after a "
     "local trader was killed in police custody."),
    ("Looting/property destruction", "Withdrawing soldiers blew up a road bridge over the river "
     "on Thursday, officials said."),
]

# Rules for events the coder used to miss entirely (fresh-set round, own sentences).
GROUP_AND_CLASH_CASES = [
    ("Armed clash", "Fighting erupted on Friday between army units and separatist fighters in "
     "the hills above the town, residents said."),
    ("Change to group/activity", "A jihadist faction in the Sahel pledged allegiance to al-Qaeda "
     "on Tuesday, according to a statement."),
    ("Change to group/activity", "Three rebel militias merged with a larger armed alliance in "
     "the east on Sunday, a spokesman said."),
    ("Change to group/activity", "A splinter group of rebel fighters split from the movement on "
     "Thursday over the peace talks."),
    ("Change to group/activity", "The rebels forcibly recruited dozens of teenagers in the "
     "mountain villages last week, parents said."),
    ("Change to group/activity", "The militia launched a recruitment drive in the border "
     "villages on Monday."),
    ("Other", "Armed gangs declared a ban on motorbike taxis in the northern suburbs on Monday."),
    ("Non-violent transfer of territory", "Rebel fighters handed control of the border town to "
     "regional peacekeepers on Saturday, a spokesman said."),
    ("Shelling/artillery/missile attack", "Rebel mortar fire hit a crowded market on Friday, "
     "killing three people."),
    ("Shelling/artillery/missile attack", "Rockets fired by the militia landed on a school near "
     "the airport on Monday, wounding two pupils."),
]


# Issue 3 round: codebook wordings the coder missed (own sentences, wording unlike the dev set).
ISSUE3_CASES = [
    # "fell to": the side after "to" took the place
    ("Non-state actor overtakes territory", "The garrison town of Tessit fell to jihadist fighters on "
     "Sunday after the soldiers there ran out of ammunition."),
    # seized from an armed side: ground, not loot
    ("Non-state actor overtakes territory", "Rebels seized the river crossing from government troops "
     "near Ndele on Wednesday after a night of clashes."),
    ("Government regains territory", "Soldiers pushed the insurgents out of the market town of Palma "
     "in Mozambique on Thursday, the army said."),
    # "took it over" after a withdrawal: the ground changed hands
    ("Non-violent transfer of territory", "Police withdrew from the border post at Kasindi on Monday "
     "and a local militia took it over hours later."),
    # a mine that is dug is no landmine
    ("Armed clash", "Two armed factions fought over a gold mine near Kidal in Mali on Friday, "
     "leaving nine combatants dead."),
    # a foiled plot above the attack verb
    ("Disrupted weapons use", "Police in Mombasa thwarted a plan to bomb a shopping mall on Saturday, "
     "detaining two suspects."),
    ("Disrupted weapons use", "Troops discovered a cache of mortar rounds and detonators in a farmhouse "
     "outside Gao in Mali on Tuesday."),
    # a political crowd's violence without a protest word
    ("Violent demonstration", "Rioters looted shops and torched a bank in downtown Kinshasa on "
     "Tuesday night, police said."),
    ("Violent demonstration", "Ruling-party supporters hurled stones at police and burned tyres "
     "outside the election office in Lilongwe on Monday."),
    # disappearances, snatchings
    ("Abduction/forced disappearance", "A human rights lawyer went missing in Lahore on Thursday, "
     "his colleagues said, blaming the security services."),
    ("Abduction/forced disappearance", "Gunmen snatched three schoolgirls from a village near Gusau in "
     "Nigeria on Monday, police said."),
    ("Change to group/activity", "About 150 fighters of the militia laid down their guns at a "
     "ceremony in Bunia in eastern Congo on Sunday."),
    ("Sexual violence", "Armed men subjected displaced women to sexual violence at a camp outside "
     "El Fasher in Sudan last month, a UN report said."),
    ("Other", "Villagers discovered a mass grave holding about 40 bodies outside Bucha in Ukraine "
     "on Sunday, the regional governor said."),
    ("Other", "Jihadist fighters imposed a levy on herders in the Menaka region of Mali on "
     "Wednesday, local leaders said."),
    ("Mob violence", "A crowd of villagers stoned a suspected thief to death in Kano state in "
     "Nigeria on Friday, police said."),
    ("Shelling/artillery/missile attack", "Heavy artillery fire pounded the frontline town of "
     "Avdiivka in Ukraine overnight, officials said."),
]


# Issue 3, round 2: events the coder dropped (own sentences; constructions from the codebook).
ROUND2_CASES = [
    # named kinds of assailants (not an armed organisation) attacking civilians
    ("Attack", "Jewish settlers attacked Palestinian olive pickers near Ramallah on Saturday, "
     "injuring four of them."),
    ("Attack", "A shepherd was assaulted by settlers in the hills south of Hebron on Tuesday, "
     "a rights group reported."),
    ("Attack", "Herdsmen attacked farming families in a village of Benue state in Nigeria on "
     "Thursday, residents said."),
    ("Mob violence", "A mob attacked a man accused of stealing a goat in a market in Kenya on "
     "Monday."),
    # speech charges are political arrests, not fraud
    ("Arrests", "Police in Uganda detained an opposition blogger on Friday on charges of "
     "spreading false news about the president."),
    # armed groups ordering people out of their homes without violence
    ("Other", "Jihadist gunmen told the residents of a village in Mali's Segou region to leave "
     "their homes by the end of the week."),
    ("Other", "The militants gave Christian families two days to vacate the village in "
     "Cabo Delgado on Saturday."),
    ("Other", "Militants ordered the people of a town in northern Burkina Faso to evacuate "
     "within 72 hours on Sunday."),
    # offices and leaders of armed groups
    ("Headquarters or base established", "The rebel movement opened a new office in the "
     "border town of Renk in South Sudan on Thursday."),
    ("Change to group/activity", "The militia appointed a new commander for its southern "
     "brigade on Friday after a split in its ranks."),
    ("Change to group/activity", "Around 80 ex-militiamen handed in their rifles to army "
     "officers in Bunia on Tuesday."),
    # protests: split sit-ins, civilians' boycotts, gatherings with a protest purpose, vigils
    ("Peaceful protest", "Dozens of nurses staged a sit-in at the main hospital in Harare "
     "on Tuesday over unpaid salaries."),
    ("Peaceful protest", "Taxi drivers boycotted the new bus terminal in Accra on Monday in "
     "protest at higher fees."),
    ("Peaceful protest", "Relatives of the dead held a vigil in Nairobi on Sunday to remember "
     "the victims of the bombing."),
    # agreements: peace talks, truces taking effect, prisoner swaps
    ("Agreement", "Peace talks between the Sudanese army and the RSF resumed in Jeddah on "
     "Monday, mediators said."),
    ("Agreement", "A ceasefire between the army and the rebels came into force in Khartoum at "
     "dawn on Sunday."),
    ("Agreement", "Armenia and Azerbaijan swapped prisoners of war at the border on Thursday."),
    ("Agreement", "The two militias carried out a prisoner exchange in Tripoli on Saturday."),
    # forces moving in unopposed
    ("Non-violent transfer of territory", "Rebel fighters entered the town of Bunagana "
     "unopposed on Monday after the soldiers had left."),
]

# Bombs set off or driven at a target, troops moved, posts abandoned, drones' grenades.
DELIVERY_AND_MOVEMENT_CASES = [
    ("Suicide bomb", "A jihadist set off an explosive belt among worshippers at a mosque in "
     "Maiduguri on Friday, killing eight."),
    ("Suicide bomb", "A suicide attacker drove a truck bomb into the gate of a police academy in "
     "Mogadishu on Monday."),
    ("Change to group/activity", "Belarus moved two artillery battalions to its border with "
     "Lithuania on Thursday, the defence ministry said."),
    ("Non-violent transfer of territory", "Army units abandoned their district headquarters in "
     "Helmand on Saturday without fighting, and Taliban fighters moved in."),
    ("Non-violent transfer of territory", "Government soldiers entered the rebel stronghold of "
     "Kaga Bandoro unopposed on Friday after the fighters fled."),
    ("Air/drone strike", "A Russian drone dropped grenades on Ukrainian soldiers in a trench near "
     "Kupiansk on Monday."),
    ("Other", "Gunmen ordered shopkeepers in a market town in Niger to shut their stores and "
     "leave within two days."),
    ("Other", "Jihadist fighters told the women of a village in Burkina Faso to stay indoors on "
     "market days."),
    # talks with an armed group are peace talks
    ("Agreement", "Negotiations between the Colombian government and a guerrilla faction "
     "resumed in Caracas on Tuesday."),
    # what a vigil is for does not make an arrest at it excessive force
    ("Protest with intervention", "Police arrested twenty people at a vigil for a murdered "
     "journalist in Belgrade on Friday."),
]

# Agreements whose background clause names past fighting: the fighting is not the report's event.
BACKGROUND_CASES = [
    ("Agreement", "The two clans signed a truce in Somalia's Galmudug region on Friday after "
     "months of fighting over water wells."),
    ("Agreement", "Israel and Hamas agreed to a ceasefire on Thursday, ending eleven days of "
     "fighting in Gaza."),
    ("Agreement", "The army and the rebels agreed on a truce in Sudan on Monday after fighting "
     "killed hundreds of people."),
]


# Round 3: planned protests, protests spread over two sentences, vests without "suicide",
# purpose infinitives of recruiting, adjectival sieges, people taken by an agent.
ROUND3_CASES = [
    ("Arrests", "Riot squads detained four student leaders in Dhaka on Friday, a day ahead of a "
     "planned march on parliament."),
    ("Arrests", "Police in Harare arrested two union organisers on Tuesday before a scheduled "
     "rally against fuel prices, lawyers said."),
    ("Excessive force against protesters", "Hundreds of traders marched through Bamako on Monday to "
     "denounce new taxes. Soldiers shot into the crowd, killing two of them."),
    ("Protest with intervention", "Teachers rallied outside the education ministry in Nairobi on "
     "Wednesday. Police used tear gas and water cannon to break them up."),
    ("Suicide bomb", "A militant detonated a vest laden with explosives at a police post in Quetta on "
     "Sunday, killing six officers."),
    ("Change to group/activity", "The rebels have been enlisting boys from the villages to fight "
     "for them in the hills, local elders said."),
    ("Change to group/activity", "The junta sent reinforcements to the besieged garrison town of "
     "Mopti on Monday, security sources said."),
    ("Abduction/forced disappearance", "A student activist was taken by masked men from a bus "
     "station in Lahore on Wednesday, his brother said."),
    ("Attack", "Gunmen opened fire on a funeral procession in a village in Plateau state on "
     "Saturday, killing eight mourners."),
    ("Attack", "Bandits burst into a wedding in Katsina state on Sunday and shot dead eleven "
     "guests."),
]


# Round 4: a participle's victims named by the main verb, water cannon sprayed at a crowd, mines
# stepped on, people bundled into vehicles, bombing raids.
ROUND4_CASES = [
    ("Attack", "Armed bandits opened fire on traders at a cattle market in Sokoto on Thursday, "
     "killing seven."),
    ("Protest with intervention", "Police sprayed water cannon at students marching against fee "
     "rises in Accra on Wednesday."),
    ("Remote explosive/landmine/IED", "A farmer stepped on a landmine while ploughing his field near "
     "Kassala on Monday."),
    ("Abduction/forced disappearance", "Masked men bundled a human rights lawyer into an unmarked van "
     "in Harare on Thursday."),
    ("Air/drone strike", "Bombing raids on villages in the Nuba mountains killed nine people on "
     "Sunday, a monitoring group said."),
]

# Round 4's new verbs are events only with a weapon, a spray of force or a person as their object.
ROUND4_NON_EVENTS = [
    "The striker stepped on the ball and fell in the second half on Saturday.",
    "Farmers sprayed pesticide on their maize fields in Kenya on Tuesday.",
    "Workers bundled the old newspapers into sacks at the depot on Monday.",
]


# Round 5: emergencies declared, graves exhumed, weapons destroyed in disposal, crowds breaking through barriers.
ROUND5_CASES = [
    ("Other", "The cabinet declared a state of emergency across four eastern districts on Monday "
     "after a string of bombings."),
    ("Other", "The interior ministry imposed a state of emergency in the port city of Mersin on Friday."),
    ("Other", "Forensic experts exhumed a mass grave near Izium in Ukraine on Tuesday, the prosecutor said."),
    ("Disrupted weapons use", "Sappers dug up and destroyed three anti-tank mines on a farm track near "
     "Kherson on Saturday."),
    ("Disrupted weapons use", "An unexploded mortar shell found near a school in Aleppo was destroyed in a "
     "controlled explosion on Thursday."),
    ("Violent demonstration", "Furious students broke through the gates of the governor's residence in "
     "Kano on Monday."),
    ("Armed clash", "Rebel fighters broke through army lines near Goma on Sunday after heavy fighting."),
]

# Round 6 (sixth session): lethal force aimed at the protest itself, crowds against the police or
# public property, ground won back or taken from armed groups, war gases on trenches, interceptions
# nobody is named in, deeds reported under "warned", disappearances, controlled explosions,
# homes blown up, accidents, taken into custody, called up, broken away.
ROUND6_CASES = [
    ("Excessive force against protesters", "Pro-government militiamen fired live bullets at marchers "
     "chanting against the election result in Minsk on Sunday, medics said."),
    ("Excessive force against protesters", "Thousands rallied in Conakry on Monday against the junta. "
     "Gendarmes fired at the crowd, killing two young men."),
    ("Excessive force against protesters", "Troops used live ammunition against students demonstrating "
     "outside the university in Khartoum, killing four."),
    ("Violent demonstration", "Youths hurled bottles at riot police and set rubbish bins alight in "
     "Marseille on a second night of unrest."),
    ("Violent demonstration", "Villagers angry over a land grab torched a district council office "
     "in Kisii on Tuesday."),
    ("Mob violence", "Angry villagers beat a suspected pickpocket to death at a bus stop in Lagos on "
     "Monday, police said."),
    ("Government regains territory", "Army units and allied tribal fighters won back the town of "
     "Marib district from the Houthis on Wednesday."),
    ("Government regains territory", "The mayor said the district had been liberated from the "
     "militants on Friday."),
    ("Chemical weapon", "Enemy troops fired grenades filled with tear gas into Ukrainian trenches near "
     "Bakhmut, the brigade said."),
    ("Disrupted weapons use", "Two cruise missiles were intercepted over the Odesa region early on "
     "Monday, the air force said."),
    ("Disrupted weapons use", "Saudi air defences shot down two drones over Jizan on Tuesday."),
    ("Disrupted weapons use", "Police sappers later made the device safe in a controlled explosion near "
     "the station in Belfast."),
    ("Headquarters or base established", "Jihadist fighters have established a base near the river "
     "in Niger's Tillaberi region, residents warned."),
    ("Abduction/forced disappearance", "Relatives said a trade unionist had been picked up by men in "
     "an unmarked car in Harare and his whereabouts are unknown."),
    ("Abduction/forced disappearance", "Armed men took three engineers from a construction site in "
     "Zamfara state on Thursday."),
    ("Looting/property destruction", "Al-Shabaab fighters blew up the home of a clan elder in Lower "
     "Shabelle after he fled, villagers said."),
    ("Other", "An army transport plane crashed on landing in Goma, killing two soldiers; the army "
     "blamed a mechanical failure."),
    ("Arrests", "Security agents took five opposition lawmakers into custody in Kampala on Friday."),
    ("Change to group/activity", "The military government began calling up reservists aged under 35 "
     "on Monday."),
    ("Agreement", "The army and the rebels agreed in Doha to a cessation of hostilities, mediators "
     "said."),
    ("Non-violent transfer of territory", "Government troops pulled out of the garrison town and "
     "elders negotiated its handover to the rebels, a local official said."),
]

# Round 7: a protest crowd burning property, state forces' bombing, crowds gathered to demand,
# halting all firing, explosives under clothes, recovered caches, "shot dead 11", gas released into
# a bunker, the charge of an arrest, a place named only by its apposition.
ROUND7_CASES = [
    ("Violent demonstration", "Demonstrators forced their way into the regional assembly in Osh and set "
     "part of the building on fire during a rally against the new tax."),
    ("Air/drone strike", "The Sudanese army's bombing of a livestock market in Nyala killed 14 people on Sunday."),
    ("Protest with intervention", "Police detained 30 teachers who had gathered outside the education "
     "ministry in Harare to demand back pay."),
    ("Agreement", "Armenia and Azerbaijan agreed on Monday to halt all firing along the border, officials said."),
    ("Excessive force against protesters", "Rangers opened fire on a crowd protesting power cuts in "
     "Karachi, killing two people."),
    ("Suicide bomb", "A man set off explosives hidden under his clothes at a mosque in Peshawar, killing "
     "30 worshippers."),
    ("Disrupted weapons use", "Police recovered a cache of assault rifles and grenades from a farmhouse "
     "near Imphal on Tuesday."),
    ("Attack", "Armed men shot dead 11 labourers at a brick kiln in Balochistan on Sunday."),
    ("Chemical weapon", "The brigade said enemy troops released a choking gas into their bunker near "
     "Avdiivka."),
    ("Arrests", "Police arrested a former police chief in Dhaka on Monday in connection with the killing "
     "of protesters."),
]

# Round 8: news verbs and nouns the lexicon lacked, and violence aimed at people, forces or
# buildings outside sport pages.
ROUND8_CASES = [
    ("Armed clash", "Soldiers repelled an attack on their outpost near Menaka on Sunday, the army said."),
    ("Armed clash", "A brief skirmish between the two militias left the market deserted on Friday."),
    ("Air/drone strike", "Helicopter gunships strafed a convoy of pickup trucks near the border on Monday."),
    ("Shelling/artillery/missile attack", "A salvo of rockets slammed into the outskirts of Kharkiv overnight."),
    ("Remote explosive/landmine/IED", "A blast tore through a crowded bus station in Quetta on Friday."),
    ("Remote explosive/landmine/IED", "Militants planted a bomb under a bridge on the highway to Peshawar."),
    ("Disrupted weapons use", "Army engineers neutralised an explosive device found near a school in Kidal."),
    ("Disrupted weapons use", "Sappers dismantled a roadside bomb on the road to Gao on Tuesday."),
    ("Non-state actor overtakes territory", "Rebel fighters wrested control of the border town from the "
     "army on Friday."),
    ("Non-violent transfer of territory", "Government forces ceded the district capital to the rebels "
     "without a fight on Sunday."),
    ("Change to group/activity", "Dozens of soldiers defected to the rebels with their weapons on Monday."),
    ("Abduction/forced disappearance", "A student leader was forcibly disappeared in Karachi last week, "
     "his family said."),
    ("Arrests", "Police nabbed six suspected members of the separatist cell in a dawn raid."),
    ("Peaceful protest", "Nurses picketed the health ministry in Nairobi on Tuesday over unpaid wages."),
    ("Attack", "Summary executions of detained villagers were reported in the region, a rights group said."),
    ("Mob violence", "Residents attacked shops owned by migrants in a township near Pretoria on Sunday."),
]

# Round 9: events named by nouns (the capture, the handover, the seizure), shells slamming into
# homes, people taken to an unknown location, places handed back, control restored.
ROUND9_CASES = [
    ("Government regains territory", "The army announced the recapture of the town of Kyaukme on Monday."),
    ("Non-state actor overtakes territory", "Rebels confirmed the capture of the town of Walikale on Sunday."),
    ("Non-violent transfer of territory", "The handover of three villages near Tal Tamr from the SDF to "
     "government forces passed off peacefully on Tuesday."),
    ("Non-violent transfer of territory", "The militia handed the airport back to the army after talks "
     "mediated by tribal elders."),
    ("Agreement", "The handover of 150 detainees between the two sides began on Sunday under a deal "
     "brokered by the Red Cross."),
    ("Disrupted weapons use", "The navy announced the seizure of 900 rifles and grenades from a "
     "warehouse in Culiacan on Friday."),
    ("Shelling/artillery/missile attack", "Artillery shells slammed into homes in Mrauk-U township on "
     "Monday, killing four villagers."),
    ("Abduction/forced disappearance", "Gunmen seized two teachers from a school near Bamako and took "
     "them to an unknown location, officials said."),
    ("Government regains territory", "Troops pushed the militants out of Marte and restored control over "
     "the town, the army said."),
    ("Sexual violence", "A UN report documented the rape of at least 30 women by militiamen in Ituri."),
]

# Round 10: people shot are civilians unless named armed, shells falling are no fall of a town,
# "took over X", "now control it", "in control of", leaving talks, CS gas, explosives strapped on,
# halting attacks, blocking traffic, a bomb set off named by a pronoun, "gunned down" counts,
# a wave of drones is an attacker, merging armed factions, mines run over, temples and reporters.
ROUND10_CASES = [
    ("Attack", "Separatist gunmen shot dead three road workers near Wamena, police said."),
    ("Shelling/artillery/missile attack", "Rebel artillery pounded the besieged town of Kadugli on Tuesday, "
     "with shells falling on a camp for displaced people."),
    ("Non-state actor overtakes territory", "Gang gunmen took over Kenscoff, a town above the capital, after "
     "hours of fighting with police."),
    ("Non-state actor overtakes territory", "Jihadist fighters stormed the town of Djibasso after a gunbattle "
     "with soldiers and now control it, residents said."),
    ("Non-state actor overtakes territory", "Having driven the soldiers out after a night of fighting, the "
     "militiamen were in control of the centre of Gondar on Monday, witnesses said."),
    ("Other", "The rebel alliance said it was pulling out of the peace talks in Doha."),
    ("Chemical weapon", "Drones dropped canisters of CS gas into Ukrainian trenches near Siversk, the brigade said."),
    ("Suicide bomb", "Two women strapped with explosives blew them up at a market in Konduga, killing 12 people."),
    ("Agreement", "The government and the rebels agreed to halt attacks during the holy month, the mediator said."),
    ("Protest with intervention", "Police detained 40 students who were blocking traffic in central Tbilisi "
     "in a campaign of civil disobedience."),
    ("Suicide bomb", "A man wearing an explosive vest set it off at the gate of a police academy in Quetta, "
     "killing seven recruits."),
    ("Attack", "Nine people were gunned down when masked men burst into a bar in Esmeraldas."),
    ("Air/drone strike", "Port Sudan was hit by a wave of drones before dawn on Sunday, the army said."),
    ("Change to group/activity", "Two armed factions in Amhara said they had merged under a single command."),
    ("Remote explosive/landmine/IED", "A farmer was killed when his tractor ran over an anti-tank mine near "
     "Izium on Monday."),
    ("Mob violence", "A mob attacked and ransacked a Hindu temple in Comilla district on Friday, police said."),
    ("Armed clash", "Ukrainian infantry repelled two Russian assaults near Pokrovsk overnight, the brigade said."),
]

# Round 11 (blind set 11 read): state curfews, shells lobbed, cars rammed by bombers, slogans
# chanted, firing into a crowd, treaties initialled, goods carted away, camps pitched, arrests of
# people blocking roads, shacks burned by a mob, rocket-propelled grenades, oxygen tanks, people
# still missing, factions breaking away.
ROUND11_CASES = [
    ("Other", "The governor imposed an indefinite curfew on three districts of Jos on Sunday after clashes."),
    ("Shelling/artillery/missile attack", "Army units lobbed mortars into a village near Lashio, killing two "
     "farmers, residents said."),
    ("Suicide bomb", "A suicide car bomber rammed his vehicle into the gate of an army base near Mogadishu, "
     "killing five soldiers."),
    ("Excessive force against protesters", "Police fired live rounds at villagers chanting anti-government "
     "slogans in Khash, killing two men."),
    ("Excessive force against protesters", "A student died after soldiers fired into a crowd of unarmed "
     "demonstrators in Conakry on Monday."),
    ("Agreement", "The two governments initialled the text of a peace treaty in Washington on Friday."),
    ("Looting/property destruction", "Militiamen broke into a warehouse in Bunia and carted away sacks of "
     "flour and fuel, traders said."),
    ("Headquarters or base established", "Rebel fighters have pitched camp in the hills above Mabanda, "
     "villagers said."),
    ("Protest with intervention", "Police detained 60 farmers who blocked the ring road in Paris on Monday "
     "with their tractors."),
    ("Mob violence", "A mob of residents torched the shacks of migrant workers in a township near Durban."),
    ("Armed clash", "Two rival brigades fought with machine guns and rocket-propelled grenades in Tripoli "
     "on Tuesday night."),
    ("Looting/property destruction", "Gang members ransacked a clinic in Port-au-Prince, stripping it of "
     "beds and oxygen tanks."),
    ("Abduction/forced disappearance", "Seized by gunmen on the road to Beni, four traders are still "
     "missing, their families said."),
]

# Seventh session, round 12 (misses of sets 12-14, read after sets 15-17 were written as the new unseen
# measure): sentences written for these tests.
ROUND12_CASES = [
    ("Shelling/artillery/missile attack", "A rocket fired from across the border slammed into a football pitch in Kiryat Shmona."),
    ("Air/drone strike", "Scores of attack drones slammed into an oil depot near Bryansk overnight."),
    ("Looting/property destruction", "Armed groups wrecked two telecommunication masts outside Panjgur, cutting mobile services."),
    ("Attack", "Gunmen attacked a village in Zamfara state at dawn, residents said."),
    ("Chemical weapon", "Soldiers said enemy troops used shells filled with chloropicrin against their dugouts near Toretsk."),
    ("Chemical weapon", "Witnesses said Syrian jets dropped bombs releasing a thick poisonous white gas over a village near Idlib."),
    ("Suicide bomb", "A teenager detonated explosives strapped to his chest at a checkpoint in Bannu, killing three policemen."),
    ("Suicide bomb", "An assailant detonated himself at the gate of a police training school in Dera Ismail Khan."),
    ("Abduction/forced disappearance", "Bandits carried off eleven pupils from a boarding school in Kebbi state."),
    ("Abduction/forced disappearance", "Militiamen seized two missionaries on the road to Beni and demanded a ransom."),
    ("Abduction/forced disappearance", "A lawyer was picked up by security personnel at his office in Gwadar and has not been seen since."),
    ("Government regains territory", "Army units reoccupied the border post at Tinzaouaten after driving out separatist fighters."),
    ("Government regains territory", "Soldiers regained control of a riverside hamlet that guerrillas had held since March."),
    ("Non-state actor overtakes territory", "Gang members fought police for hours before taking control of Saut-d'Eau."),
    # round 13 (misses of sets 18 and 19, written this session for reading)
    ("Looting/property destruction", "Hebron, West Bank: Israeli forces demolished two shops near the old market."),
    ("Chemical weapon", "Government troops unleashed a chemical agent on rebel trenches east of the river."),
    ("Chemical weapon", "Militants pumped chlorine gas into a bunker held by army engineers near Baiji."),
    ("Government regains territory", "Marines reclaimed a coastal village from Abu Sayyaf gunmen after a firefight."),
    ("Government regains territory", "Soldiers restored state control over the town of Djibasso after routing jihadist fighters."),
    ("Government regains territory", "Army units drove the militants out of Bulo Marer after a two-day battle."),
    ("Non-violent transfer of territory", "UN peacekeepers vacated their camp at Tessalit and turned it over to the national army."),
    ("Change to group/activity", "Hundreds of soldiers redeployed from Mopti towards the border on Tuesday."),
    ("Armed clash", "Fighting flares near Rutshuru: rebels and militiamen traded fire for hours on Friday."),
    ("Mob violence", "Residents of a market town beat to death a man accused of stealing a motorbike."),
    ("Mob violence", "Shopkeepers chased and stoned a suspected thief outside the bus station in Kano."),
    ("Mob violence", "A crowd attacked a vaccination team in Beni, injuring two nurses."),
    ("Violent demonstration", "Farmers protesting fuel prices smashed windows of the tax office in Nantes."),
    ("Excessive force against protesters", "Soldiers sprayed live ammunition into a crowd of peaceful marchers in Khartoum."),
    ("Chemical weapon", "Rebel fighters said the army deployed a toxic gas against their positions near Kalay."),
    ("Chemical weapon", "Insurgents gassed a police outpost near Tikrit, officials said."),
    ("Non-state actor overtakes territory", "Fighters of the Zomi Revolutionary Army took over Tonzang after a gun battle with soldiers."),
    ("Non-violent transfer of territory", "Government troops pulled out of the district centre, and the rebels took control without a shot being fired."),
    # round 14 (misses of sets 20 and 21, written this session for reading)
    ("Non-state actor overtakes territory", "Rebels seize Kalehe after clashes with the army."),
    ("Non-state actor overtakes territory", "In North Kivu, Mai-Mai militia overruns Kipese town; army withdraws."),
    ("Government regains territory", "Somali soldiers retook control of the village of Bulo Burde on Sunday."),
    ("Armed clash", "In Kachin State, KIA and junta forces engage each other near Bhamo overnight."),
    ("Change to group/activity", "The junta begins recruiting 3,000 civilian auxiliaries in Bamako."),
    ("Peaceful protest", "In Accra, hundreds of nurses march peacefully to the ministry demanding unpaid wages."),
    ("Remote explosive/landmine/IED", "In Yala, a roadside bomb goes off next to a rubber plantation; two rangers hurt."),
    ("Suicide bomb", "A suicide bomber detonated an explosive vest at a checkpoint in Bannu."),
    ("Abduction/forced disappearance", "An armed cell of a drug cartel carried off four engineers near Culiacan."),
    ("Protest with intervention", "Police broke up a sit-in of nurses outside the health ministry in Harare, firing rubber bullets."),
    ("Protest with intervention", "Gendarmes dispersed a crowd of striking miners in Kolwezi with tear gas and warning shots fired into the air."),
    ("Excessive force against protesters", "Soldiers gunned down at least 12 people as mourners marched peacefully to protest in Bamako."),
    ("Armed clash", "Militants ambushed an army unit near Diffa and fought it for hours, with no change in territorial control."),
    ("Headquarters or base established", "The militia installed a command post in an abandoned school outside Bunia."),
    ("Headquarters or base established", "The rebels relocated their headquarters to a farm near Kiwanja in May."),
    ("Headquarters or base established", "The Kachin army converted a former police station into its regional base."),
    ("Non-state actor overtakes territory", "Kachin Independence Army fighters seize the town of Mansi after routing a junta outpost."),
    ("Non-state actor overtakes territory", "In Oromia, OLA fighters occupy Gidami after the garrison's resistance collapses."),
    ("Chemical weapon", "In Saraqib, chlorine gas released by helicopters sickens dozens of residents overnight."),
    ("Other", "Forensic teams exhumed 23 bodies from a burial site outside Bucha."),
    ("Other", "Volunteers located nine clandestine graves on a farm near Tamaulipas."),
    ("Other", "Investigators found more than 200 graves in a forest near Lyman."),
    ("Non-violent transfer of territory", "The army abandoned the base at Ogossagou overnight; jihadist fighters entered unopposed."),
    ("Non-violent transfer of territory", "Rebels quit the town of Kiwanja, and government troops moved in unopposed on Sunday."),
    ("Non-violent transfer of territory", "Militia fighters moved into the barracks vacated by the army without fighting."),
    # round 16: killers named as armed, victims not
    ("Attack", "Gunmen stopped a minibus near Bannu and shot six of them dead, police said."),
    ("Attack", "Six diners were gunned down when hooded men stormed a restaurant in Esmeraldas and opened fire."),
    ("Armed clash", "Three members of rival gangs were killed in a shootout in San Pedro Sula."),
]
ROUND12_NON_EVENTS = [
    "The lorry slammed into a wall on the motorway.",
    "Protesters complained of burning eyes after the rally.",
    "Looters carried off sacks of grain from the depot.",
    "The council pumped money into the new stadium.",
    "The minister unleashed a wave of criticism at the regulator.",
    "The company redeployed staff from its London office to Leeds.",
    "The sprinter smashed the national record in Oslo.",
    "The fire alarm went off during the match.",
    "The law firm engaged a new partner in March.",
    "Fans fired confetti into the air after the final whistle.",
    "The board broke up the company into three parts.",
    "The council relocated 300 families to a new estate.",
    "The bank converted the loan into shares.",
    "The factory released toxic gas after the explosion.",
    "Archaeologists found ancient graves near Luxor.",
    "Police located the missing hiker on the mountain.",
    "The family moved in last week after the renovation.",
]

ROUND10_NOT = [
    # a wave of arrests targets people; it is no attack
    ("Attack", "A wave of arrests targeted opposition leaders in Lahore overnight, their lawyers said."),
    # a date is no place taken
    ("Government regains territory", "Police shot dead two men taking part in a march in Beira on Monday."),
    # an intervention the report denies is none
    ("Protest with intervention", "Hundreds marched through Skopje on Sunday; police reported no arrests."),
    # dying in detention is no arrest
    ("Excessive force against protesters", "Mothers whose sons died in detention held a silent vigil in Sfax on Friday."),
    # dismantling tents disrupts no weapon
    ("Disrupted weapons use", "Police detained twenty students at a sit-in in Lyon and dismantled their tents."),
]

ROUND9_NON_EVENTS = [
    "The car slammed into a wall in Leeds on Sunday night.",
    "The handover of power to the new cabinet took place on Monday.",
    "The capture of the film's final scene took three weeks.",
    "The truck ran over a pedestrian in Leeds on Sunday.",
    "The two banks merged on Monday.",
    "The lorry rammed into a wall on the motorway near Leeds.",
    "The striker pitched the idea to his manager on Friday.",
]

ROUND8_NON_EVENTS = [
    "The storm tore through the coastal town on Friday night.",
    "Volunteers planted trees on the hillside above the village.",
    "The club repelled a takeover bid from American investors.",
    "The council dismantled the old bandstand in the park.",
    "The plane disappeared from radar over the sea on Monday.",
]

# Ninth session: verbs and senses found missing in read sets 24 and 25 (own sentences).
ROUND13_CASES = [
    ("Non-state actor overtakes territory", "Goma fell to the rebels on Friday after two days of fighting."),
    ("Government regains territory", "The town fell to government troops on Sunday, a military spokesman said."),
    ("Abduction/forced disappearance", "Gunmen grabbed two aid workers outside a clinic in Maiduguri on Monday."),
    ("Abduction/forced disappearance", "Armed men led away three fishermen near the lake shore on Sunday night."),
    ("Abduction/forced disappearance", "Masked men dragged a union leader from his car in Culiacan on Friday."),
    ("Arrests", "Police locked up 40 opposition supporters in Harare on Tuesday."),
    ("Shelling/artillery/missile attack", "Rebels mortared an army position near Bunia on Friday."),
    ("Shelling/artillery/missile attack", "Army howitzers hammered rebel positions outside Kismayo on Sunday."),
    ("Looting/property destruction", "Bandits broke into a pharmacy in Gusau and made off with drugs and cash."),
    ("Headquarters or base established", "Jihadists constructed a training camp in the forest near Mopti."),
    ("Government regains territory", "The army reasserted control over the village after a battle with separatists."),
    ("Government regains territory", "Iraqi troops recovered full control of the district from Islamic State fighters."),
    ("Mob violence", "Displaced people in a camp near Goma set upon a suspected thief and beat him unconscious."),
    ("Mob violence", "Residents beat a suspected thief unconscious in Kisumu on Friday."),
    ("Mob violence", "A crowd chased down a man accused of theft and pounded him with stones until he died."),
    ("Protest with intervention", "Officers hauled off 25 students who had been staging a sit-in outside parliament."),
]
ROUND13_NON_EVENTS = [
    "The death toll in Goma fell to 30 on Friday.",
    "Smith fell to the ground after the blow.",
    "The gang made off before the police arrived.",
    "The firm constructed a new stadium in the city centre.",
    "She grabbed a coffee before the meeting.",
]


ROUND14_CASES = [
    ("Protest with intervention", "Riot police tear-gassed students marching to the ministry in Accra on Monday."),
    ("Abduction/forced disappearance", "Gunmen intercepted a minibus near Gusau and took away six passengers."),
    ("Disrupted weapons use", "Air defence units brought down two drones over the port city on Monday."),
    ("Looting/property destruction", "Militiamen raided the district office and carried off its computers."),
    ("Looting/property destruction", "Gunmen stripped a rural clinic of its medicines and beds on Friday."),
    ("Sexual violence", "Three girls were sexually violated by soldiers at a checkpoint near the camp."),
    ("Sexual violence", "Armed men forced displaced women into sex in exchange for food, a rights group said."),
    ("Headquarters or base established", "The militia created a new command post on a hill above the river."),
    ("Non-violent transfer of territory", "The garrison commander surrendered the base to the rebels without a fight."),
    ("Non-violent transfer of territory", "Peacekeepers transferred their camp near Mopti to the national army on Friday."),
    ("Non-state actor overtakes territory", "Rebels expelled army units from Babanusa after a long siege."),
    ("Non-state actor overtakes territory", "The militia ousted a rival armed group from the market town after two days of clashes."),
    ("Non-state actor overtakes territory", "Insurgents secured the town after heavy fighting with the army."),
    ("Non-state actor overtakes territory", "Jihadist fighters assumed control of the town after a firefight with soldiers."),
    ("Shelling/artillery/missile attack", "A cruise missile damaged a power station near Odesa on Monday."),
    ("Remote explosive/landmine/IED", "A roadside bomb wrecked an army truck near Djibo on Monday."),
]
ROUND14_NON_EVENTS = [
    "Police intercepted a letter from the prisoner.",
    "The court stripped the former minister of his immunity.",
    "The champion carried off the trophy in Paris on Sunday.",
    "Parliament ousted the prime minister on Friday.",
    "Police secured the area after the accident.",
    "The storm damaged roofs in the town on Monday.",
    "The central bank brought down inflation last year.",
    "The company transferred its headquarters to Dublin.",
]


# Sitrep fragments ('12 Mar: Massacre of ...', 'Camp installed by ...') and round-14 leftovers (read set 33).
ROUND15_CASES = [
    ("Non-state actor overtakes territory", "The mountain commune of Diafarabe fell to JNIM militants on Sunday."),
    ("Non-violent transfer of territory", "The militia ceded Tabqa to government troops under a deal on Monday."),
    ("Mob violence", "Bystanders stoned to death a man suspected of pickpocketing at a bus station in Kano."),
    ("Attack", "Members of the Imbonerakure beat an opposition supporter to death in Ngozi on Friday."),
    ("Attack", "12 Mar: Massacre of 30 villagers by armed herders in a night raid (Bokkos, Plateau, Nigeria)."),
    ("Armed clash", "06 Mar: Clashes between army units and rebel fighters near the dam; casualties unconfirmed."),
    ("Arrests", "04 Mar: Arrest of opposition party chairman at his home (Kinondoni, Dar es Salaam, Tanzania)."),
    ("Shelling/artillery/missile attack", "12 Mar: Mortar rounds landed near a market; 3 traders injured (Sake, North Kivu, DRC)."),
    ("Non-state actor overtakes territory", "25 Mar: Town seized by JNIM after an overnight assault on the army camp."),
    ("Headquarters or base established", "15 Mar: Camp installed by ISWAP fighters on a Lake Chad island."),
    ("Headquarters or base established", "19 Mar: Makeshift base created by al-Shabaab in a warehouse outside the town."),
    ("Arrests", "17 Mar: Former interior minister taken into custody on coup plot charges (Niamey, Niger)."),
]
ROUND15_CASES += [
    ("Armed clash", "Heavy fighting erupted on Monday morning between army troops and rebel fighters near the river."),
    ("Mob violence", "Villagers clubbed an elderly man to death after accusing him of witchcraft."),
    ("Mob violence", "A mob hacked a suspected thief to death in a market in Kampala."),
]
ROUND15_NON_EVENTS = [
    "The president's plane landed in Moscow on Monday.",
    "A drone crashed into a field near the farm.",
    "Tourists landed in Nairobi on Friday.",
    "A gas leak damaged the building on Monday.",
    "Hackers hacked the ministry's servers to steal data.",
]


# Sitrep nominal phrasing ('Beating of farmers by soldiers', 'Fall of X to Y'; read set 33).
ROUND16_CASES = [
    ("Attack", "03 Apr: Beating of traders by police at a market; 5 hospitalised (Gulu, Uganda)."),
    ("Looting/property destruction", "18 Apr: Destruction of granaries and farm tools by armed herders (Guma LGA, Benue, Nigeria)."),
    ("Non-state actor overtakes territory", "07 Apr: Fall of Kajo Keji to the SPLA-IO after two days of clashes."),
    ("Shelling/artillery/missile attack", "10 Apr: Artillery fire on a market by rebel positions in the hills; 4 killed."),
    ("Chemical weapon", "05 Apr: Use of chlorine gas by government forces reported by doctors in the town."),
    ("Headquarters or base established", "25 Apr: Opening of a command post by rebel fighters in a hill village."),
    ("Agreement", "18 Apr: Signing of a local peace accord between two clans after months of clashes."),
    ("Armed clash", "06 Apr: Armed confrontation between army units and militia fighters near the dam."),
    ("Remote explosive/landmine/IED", "03 Apr: IED detonation against a contracted truck; driver killed (Djibo road, Burkina Faso)."),
]
ROUND16_NON_EVENTS = [
    "Arsenal's 4-0 beating of Chelsea delighted the fans.",
    "The fall of prices to a record low worried farmers.",
    "The opening of the new bridge was delayed.",
    "A verbal confrontation between the two ministers made headlines.",
]
ROUND16_NOT = [
    # a disarmament deal is an agreement about destruction, not a destruction
    ("Looting/property destruction", "The two sides signed an agreement on the destruction of chemical weapons stockpiles."),
]


# An armed group's threat, ultimatum or threat letters is a development (ACLED "Other"); a
# state's or a crowd's threat, or a vow that goes with another act, is not.
ROUND17_CASES = [
    ("Other", "Al-Shabaab fighters threatened local elders with death if they attended the peace talks."),
    ("Other", "JNIM issued an ultimatum ordering residents of the town to stop working with the army."),
    # a group the actor tables list as armed, named without an armed word
    ("Change to group/activity", "Boko Haram has named a new leader after the death of its commander, the group said."),
    ("Other", "The Arakan Army declared a ban on fishing along the coast near Sittwe."),
    # weapons handed in at a camp: disarmament, not the camp changing hands
    ("Change to group/activity", "About 200 former fighters handed in their rifles at a demobilisation camp near Bunia."),
]
ROUND17_NOT = [
    ("Other", "Russia threatened to retaliate against Poland on Monday."),
    ("Other", "Protesters threatened to block the highway on Friday."),
    ("Change to group/activity", "Microsoft named a new chief executive on Monday."),
    ("Other", "A new armed group announced its formation in a video, vowing to fight the army."),
]

ROUND6_NOT = [
    # an accident that sets off a protest is no accident of the protest
    ("Other", "Hundreds of students blocked roads in Dhaka and smashed bus windows after a classmate "
     "died in a road accident."),
    # a warned-of deed still to come stays a threat
    ("Headquarters or base established", "The rebels warned they would set up bases across the province."),
    # a thing described as banned is no ban of the report's
    ("Other", "Troops fired shells filled with a toxic agent banned under international law at rebel "
     "trenches, the ministry said."),
    # one armed man shooting is no mob
    ("Mob violence", "A man shot dead a village chief at his home in Cauca on Friday, the ombudsman said."),
]

# Round 18-19 rules (read sets 40, 41, 44), each with a sentence of our own.
ROUND18_CASES = [
    # a log line's fields end before its text; a procession with a cause is a protest
    ("Peaceful protest", "UGA – Gulu | 3 Mar | some 300 market vendors held a procession against new stall "
     "levies; no arrests."),
    # a vehicle-borne bomb by its field acronym, rammed into a target
    ("Suicide bomb", "An SVBIED driver rammed the gate of an army base in Maiduguri on Friday, killing "
     "five soldiers."),
    # people held by the police, people held by an armed group
    ("Arrests", "Around 200 students have been held in a nationwide crackdown on the opposition, "
     "lawyers say."),
    ("Abduction/forced disappearance", "Police say ELN guerrillas are holding two engineers seized "
     "from an oil pipeline site in Arauca."),
    # sides pitted in a fight, sides locked in one
    ("Armed clash", "Fighting pitting Fano militiamen against federal soldiers spread to Gondar on Monday."),
    ("Armed clash", "Army troops and Ambazonian separatists were locked in a gun battle near Bamenda "
     "for three hours, residents said."),
    # a splinter faction of a listed group breaking away
    ("Change to group/activity", "A faction of the Mai-Mai militia broke away from its commander "
     "on Tuesday, a local official said."),
    # a truce described as reached under another verb
    ("Agreement", "The envoy praised the truce reached between the two clans in Galkayo on Sunday."),
    # an aerial bombardment, houses reduced to ashes, projectiles raining down
    ("Air/drone strike", "An aerial bombardment of Tawila on Friday destroyed the market, aid workers said."),
    ("Looting/property destruction", "Dozens of homes in Kalehe were reduced to ashes by armed men on "
     "Sunday, a local chief said."),
    ("Shelling/artillery/missile attack", "Artillery shells rained down on a displacement camp near "
     "El Fasher on Tuesday, wounding six people."),
    # a capitalised opening word is a common noun
    ("Shelling/artillery/missile attack", "Rockets fired by militants struck a market in Sderot on Monday."),
    # a take-over of a town the tagger took for a person
    ("Non-state actor overtakes territory", "Arakan Army fighters have taken over Paletwa after a "
     "week of fighting with junta troops."),
    # an armed group opening an HQ, a town handed over without incident
    ("Headquarters or base established", "The LNA opened a new HQ in the former airport terminal in Sebha."),
]

# Reports with a second event the rule leaves standing (the ambush before the burning).
ROUND18_LABELLED = [
    # "set ablaze" with a framing "after" clause that is no control of the verb
    ("Looting/property destruction", "Militiamen set ablaze forty houses in Kipupu after an ambush on "
     "their convoy, villagers said."),
    # crowd-control kit turned on a crowd (the march itself stays a peaceful protest event)
    ("Protest with intervention", "Tear gas was deployed against nurses marching for unpaid wages "
     "in Harare on Wednesday."),
    # armed men storming a church during a vigil attack it
    ("Attack", "Gunmen stormed a church in Ituri during a prayer vigil and killed eleven worshippers."),
]

ROUND18_NOT = [
    # an offensive still to come is no clash; a funeral procession is no protest; "reduced to 20 per
    # cent" destroys nothing
    ("Armed clash", "The army sent 3,000 troops to the front ahead of a fresh offensive against the rebels."),
    ("Peaceful protest", "Mourners held a funeral procession for the slain chief in Lira on Saturday."),
    ("Looting/property destruction", "The ministry reduced the fuel subsidy to 20 per cent on Monday."),
    # a lorry ramming a wall is an accident
    ("Attack", "A lorry rammed a wall in Lagos on Tuesday."),
]

# Round 20 (eleventh session): participles the tagger read as names, force turned on a crowd,
# mines set off with nobody named, projectiles knocked out, control newly held.
ROUND20_CASES = [
    ("Non-state actor overtakes territory", "Witnesses say Ansar rebels have overrun Kalemba, a market town "
     "on the main road, after a night of heavy fighting with the army."),
    ("Protest with intervention", "Riot police turned water cannon on several hundred teachers marching "
     "peacefully to the education ministry in Nairobi on Monday."),
    ("Remote explosive/landmine/IED", "Two brothers were badly hurt on Sunday when their pick-up ran over "
     "an anti-personnel mine on a farm track near Tal Afar."),
    ("Disrupted weapons use", "Air defence units knocked out two drones heading for the refinery at "
     "Ryazan overnight, the regional governor said."),
    ("Government regains territory", "Army units are back in control of the river port of Makala after "
     "driving out the militia, the defence ministry said."),
    ("Non-state actor overtakes territory", "The militia is now in control of the border post at Bunagana "
     "after a day of fighting with government troops."),
    ("Attack", "Aid agencies are responding to the killing of at least 14 herders near Dori on "
     "Thursday night."),
    # a log line's passive without its auxiliary: the by-phrase acts on the subject
    ("Attack", "4 Jun: Unarmed farmers shot by JNIM fighters in their fields; 6 killed (Djibo, Soum province)."),
    ("Government regains territory", "9 Jun: ADF pushed out of Mukakiri by FARDC after heavy fighting "
     "(Beni territory, North Kivu)."),
    ("Mob violence", "2 May: Suspected cattle thief beaten to death by angry villagers at a market (Kasese district)."),
    # a round-up that ends in killing is the killing; a march blocked and its marchers taken away
    ("Attack", "Soldiers rounded up 12 young men in a village near Djibo and executed them, survivors said."),
    ("Protest with intervention", "Police blocked a march by nurses to the health ministry in Harare and "
     "took 30 of them into custody."),
    # a relative clause told as earlier is background to the report's own act
    ("Headquarters or base established", "The Kachin Independence Army has opened a new command headquarters "
     "in the town of Bhamo, which it seized last year, residents said."),
    # an armed group dissolving itself; rape during a raid, or after an arrest, is the report's act
    ("Change to group/activity", "The Kifuafua militia dissolved itself at a ceremony in Walikale on Sunday, "
     "its commander said."),
    ("Sexual violence", "During an attack on a camp near Bunia, militiamen raped 12 women, a medical charity said."),
    ("Sexual violence", "Police officers arrested and sexually abused three female students in Gweru, a rights "
     "group said."),
    # a name ceded is ground, whatever the tagger took it for; positions taken over with no clashes
    ("Non-violent transfer of territory", "Libya: militia cedes Abu Salim to government troops after talks; "
     "no fighting reported."),
    ("Non-violent transfer of territory", "Army units took over positions left by the militia near Tarhuna on "
     "Friday under a tribal deal; no clashes occurred."),
    # workers demanding pay who stone the police demonstrate violently (stun or sound grenades in
    # reply are crowd control); force used on people who had gathered is the report's event
    ("Violent demonstration", "Dock workers demanding higher pay pelted riot police with rocks at the port "
     "of Mombasa on Monday, and police replied with sound grenades."),
    ("Excessive force against protesters", "Soldiers sprayed gunfire at farmers who had gathered peacefully "
     "outside the district office in Sagaing, killing four."),
    # forces sent, heading or rolling somewhere; rolling in unopposed takes the place
    ("Change to group/activity", "The Malian army sent three more battalions from Mopti to Tenenkou this "
     "week, a local official said."),
    ("Change to group/activity", "Convoys of Wagner fighters are heading towards Kidal, local sources say."),
    ("Non-violent transfer of territory", "Rebel fighters rolled into the town of Kalemie without resistance "
     "on Sunday after government troops withdrew, residents said."),
    # armed fighters walking into a town unopposed take it
    ("Non-violent transfer of territory", "Al-Shabaab fighters walked into the town of Moqokori unopposed "
     "after Ethiopian troops left, elders said."),
    # what a detainee is accused of sets no scene; one leader arrested at a rally is an arrest,
    # a crowd detained there is an intervention
    ("Arrests", "Police in Dushanbe detained a retired general accused of plotting to seize power, the "
     "security service said."),
    ("Arrests", "Police detained opposition leader Bobi Kato during a rally in Jinja, his party said."),
    ("Protest with intervention", "Police detained dozens of students at a rally in Jinja on Monday."),
    # "traded fire" is shooting, not a blaze; women hold a vigil as a group, and who they are
    # ("whose sons died in custody") is no violence at it
    ("Armed clash", "At least six fighters were killed as militia units and army troops traded fire for two "
     "hours near the Kasai bridge on Monday, a local monitor said."),
    ("Peaceful protest", "Women whose sons died in police custody held a silent vigil outside the courthouse "
     "in Nairobi on Friday."),
    # people taken off a bus are abducted; a ransom "for their release" frees nobody yet
    ("Abduction/forced disappearance", "Gunmen took 12 travellers off a minibus near Zaria on Friday and are "
     "demanding a ransom for their release, police said."),
    # an armed group blockading a road is no protest for ACLED (PLOVER still calls it obstruction)
    ("Other", "Jihadists have blockaded the main road between Djibo and Ouagadougou for a month, traders said."),
    # a man dragged off by villagers and burned alive: the killing, not the abduction
    ("Mob violence", "Villagers in Alta Verapaz dragged a suspected thief from a police car and burned him "
     "alive, local radio reported."),
    # a log line's intercepted drones with no auxiliary; armour seen moving towards a border
    ("Disrupted weapons use", "4 Mar: 2 drones intercepted near the port; no damage (Hodeidah, Yemen)."),
    ("Change to group/activity", "Dozens of Ethiopian tanks and troops were seen moving towards the Eritrean "
     "border, residents said."),
    # limbs lost to a mine; landmines found and destroyed where they lay
    ("Remote explosive/landmine/IED", "A herder lost a leg to an anti-personnel mine near Kupiansk on Tuesday, "
     "aid workers said."),
    ("Disrupted weapons use", "Army engineers uncovered and destroyed three landmines buried on the road to "
     "Menaka, the army said."),
    # the raid frames the rape reported
    ("Sexual violence", "Soldiers subjected at least eight women in Tanganyika province to rape during a raid "
     "on their village, a women's group said."),
    # a government office is no business page
    ("Peaceful protest", "Some 200 teachers staged a sit-in outside the district education office in Multan "
     "on Tuesday, demanding unpaid salaries."),
]
ROUND20_NOT = [
    # lights turned on, documents turned over, control held all along: no event
    ("Protest with intervention", "Organisers turned the floodlights on the stage before the concert in Accra."),
    ("Change to group/activity", "The president dissolved parliament on Monday and called early elections."),
    ("Change to group/activity", "The peace talks are heading for collapse, diplomats said on Friday."),
    ("Change to group/activity", "The company moved towards a settlement with its creditors on Monday."),
    ("Remote explosive/landmine/IED", "Arsenal lost the final to Chelsea at Wembley on Saturday."),
    ("Non-violent transfer of territory", "The minister walked into the meeting late on Friday."),
    ("Agreement", "Families are raising money for a ransom for the release of the kidnapped pupils in Kebbi."),
    ("Non-violent transfer of territory", "The suspect turned over his phone records to investigators on Friday."),
    ("Non-state actor overtakes territory", "The rebels remained in control of the hills around Goma on Friday."),
    # a champion knocked out is sport
    ("Disrupted weapons use", "The champion was knocked out in the second round in Las Vegas on Saturday."),
]

# Round 35 (twelfth session): sentences of our own for the rules read off sets 42 and 47.
ROUND35_CASES = [
    # headline verbs after a weapon compound, and verbs that govern a plot
    ("Air/drone strike", "Mali, Mopti: air force jet bombs suspected jihadist camp near Boni, 12 dead, 3 Mar."),
    ("Disrupted weapons use", "Pakistan, Quetta: security forces foil car bomb plot near provincial assembly, "
     "one held."),
    ("Disrupted weapons use", "Kenyan police said they had thwarted a grenade attack on a bus station in Garissa "
     "on Friday, arresting two men."),
    # a clause-opening plural the tagger took for a name, after a wire dateline
    ("Violent demonstration", "LIMA (wire) — Demonstrators hurled rocks at police and set tyres on fire near the "
     "congress building on Tuesday, local media said."),
    ("Air/drone strike", "KHARTOUM (wire) — Warplanes bombed a market in the south of the city on Sunday, "
     "killing nine people, volunteers said."),
    # a one-line lynching report with a business word in it
    ("Mob violence", "Uganda, Mbale: suspected mobile phone thief beaten to death by mob of shop owners, 3 Jun."),
    # sides of a passive exchange of fire; fighting called hostilities
    ("Armed clash", "Heavy gunfire was exchanged between Fulani militia and army units near Djibo late on "
     "Sunday, residents said."),
    ("Armed clash", "Fresh hostilities between the Arakan Army and junta troops in Paletwa township have "
     "displaced hundreds of families, a relief group said."),
    # a bus over a mine; weapons recovered; a suicide bomber self-detonating
    ("Remote explosive/landmine/IED", "A pick-up truck carrying farmers drove over an anti-personnel mine near "
     "Kidal on Thursday, killing three, local officials said."),
    ("Disrupted weapons use", "Soldiers recovered 22 AK-47 rifles and 3,000 rounds of ammunition from a "
     "bandit camp in Zamfara on Monday, the army said."),
    ("Suicide bomb", "SOM | Baidoa | 4 Apr: Male attacker self-detonated at army checkpoint; 6 soldiers killed."),
    # ground handed over or given up
    ("Non-violent transfer of territory", "Government forces handed three hilltop villages to the rebels under "
     "a local truce on Saturday, elders said."),
    ("Non-violent transfer of territory", "The militia relinquished control of the port of Misrata to a rival "
     "brigade on Monday after talks, officials said."),
    ("Government regains territory", "Burkinabe troops wrested the town of Djibo back from jihadists on "
     "Wednesday, the army said."),
    # how a crowd was met: dispersal, water cannon, fire into a crowd of supporters, lethal force
    ("Protest with intervention", "KEN | Nairobi | 8 Jul: Student march against tuition fees broken up by "
     "police; 30 arrested."),
    ("Protest with intervention", "A sit-in by nurses outside the health ministry in Harare was dispersed with "
     "water cannon on Wednesday."),
    ("Excessive force against protesters", "Soldiers opened fire on a crowd of unarmed opposition supporters in "
     "Bamako on Friday, killing three, witnesses said."),
    ("Excessive force against protesters", "Amnesty International condemned the use of lethal force by police "
     "against peaceful demonstrators in Lagos on Tuesday, in which five people died."),
    ("Excessive force against protesters", "A teenage boy died after a tear gas canister fired by riot police "
     "hit him in the chest during a peaceful march in Conakry on Monday."),
    # an arrest for what was said at a rally; a protest demanding a release
    ("Arrests", "An opposition lawmaker was taken into custody in Harare on Friday over a speech made at a "
     "rally, police said."),
    ("Peaceful protest", "Hundreds of mothers gathered in the main square of Minsk on Sunday, holding photographs "
     "and chanting for the release of jailed journalists."),
    ("Protest with intervention", "Police detained a group of farmers who were blocking the motorway near "
     "Lille with tractors on Thursday."),
    ("Peaceful protest", "Families of missing men gathered outside the army base in Kilinochchi on Monday, "
     "demanding news of relatives detained by soldiers years ago."),
    # people picked up; a truce signed between two sides
    ("Arrests", "Police picked up 14 of the union's organisers in raids across Istanbul on Tuesday."),
    ("Agreement", "• 2 Jun: ceasefire signed in Doha between the government and the rebel alliance; monitors "
     "to deploy next week."),
    # developments with no violence: communications cut, an armed group's levies and closure
    # orders, a movement outlawed, soldiers dissolving the constitutional order
    ("Other", "Ethiopian authorities shut down mobile internet across the Amhara region on Thursday, "
     "aid agencies said."),
    ("Other", "The military government suspended the broadcasts of two foreign radio stations on Monday."),
    ("Other", "Boko Haram fighters collected taxes from fishermen on the shores of Lake Chad last week, "
     "residents said."),
    ("Other", "Armed separatists ordered all markets in Bamenda to shut on Mondays, traders said."),
    ("Other", "The interior ministry outlawed the student movement under anti-terrorism law on Friday."),
    ("Other", "Mutinous officers dissolved the government and suspended the constitution on Wednesday, "
     "state radio said."),
    # riot-control agents and unknown gases fired at soldiers or villages are chemical weapons
    ("Chemical weapon", "Russian units dropped munitions loaded with irritant gas on Ukrainian positions "
     "near Toretsk on Sunday, the general staff said."),
    ("Chemical weapon", "Junta soldiers fired shells that released poisonous smoke over a village in Magway, "
     "killing two."),
    # what the victims were accused of is no event of the report
    ("Mob violence", "Residents in Mbuji-Mayi beat to death two men they accused of kidnapping a girl, police "
     "said."),
    # captives freed after talks: how they were taken is told, not reported
    ("Agreement", "Bandits freed 20 passengers abducted from a bus in Kaduna last month after talks with "
     "local leaders, police said."),
    # forces raising their flag over a place hold it
    ("Non-state actor overtakes territory", "Al-Shabaab fighters attacked the town of Qansax Dheere on "
     "Tuesday, overrunning the police post and raising their flag above the district headquarters."),
    # an armed group's announced change of itself is the development, not a threat
    ("Change to group/activity", "Three rebel groups in Darfur announced they would merge into a single "
     "movement, a spokesman said."),
]
ROUND35_NOT = [
    # a letter handed over, hostility as an attitude, a plot of a film, a plan aimed at an end
    ("Non-violent transfer of territory", "The ambassador handed a letter to the foreign minister on Monday."),
    ("Armed clash", "Hostility towards refugees has grown in the border towns, a survey found."),
    ("Disrupted weapons use", "The novel's plot turns on a bomb hidden in a train."),
    ("Attack", "The new law is aimed at reducing crime in the capital."),
    # a state's tax, subsidies cut, networks lost to an attack's damage
    ("Other", "The government collected more taxes from importers this year, the finance ministry said."),
    ("Other", "The government cut fuel subsidies on Monday."),
    ("Other", "Militants blew up two telecom masts near Wajir overnight, cutting phone networks across the county."),
    # a crowd waving flags takes no ground
    ("Non-state actor overtakes territory", "Protesters clashed with police and raised flags on the main "
     "square in Minsk on Sunday."),
    # a cessation of hostilities is agreed, not fought
    ("Armed clash", "The two sides agreed to a cessation of hostilities in Juba on Monday."),
]


ROUND5_NON_EVENTS = [
    "The sun broke through the clouds over Lagos on Wednesday afternoon.",
    "The president declared a state of mourning for the late singer on Friday.",
    "Archaeologists exhumed a Roman coffin near York on Tuesday.",
    "The crowd dispersed quietly after the concert in Leeds on Saturday.",
    "The striker picked up a knock in training on Friday.",
    "The company took the offer into account on Monday.",
]


@pytest.mark.parametrize("text", ROUND4_NON_EVENTS + ROUND5_NON_EVENTS + ROUND8_NON_EVENTS + ROUND9_NON_EVENTS
                         + ROUND12_NON_EVENTS + ROUND13_NON_EVENTS + ROUND14_NON_EVENTS
                         + ROUND15_NON_EVENTS + ROUND16_NON_EVENTS)
def test_round4_verbs_need_their_object(coder, text):
    assert _labels(coder, text) == set()


@pytest.mark.parametrize("expected, text", ROUND2_CASES + DELIVERY_AND_MOVEMENT_CASES + BACKGROUND_CASES
                         + ROUND3_CASES + ROUND4_CASES + ROUND5_CASES + ROUND6_CASES
                         + ROUND7_CASES + ROUND8_CASES + ROUND9_CASES
                         + ROUND10_CASES + ROUND11_CASES + ROUND13_CASES + ROUND14_CASES
                         + ROUND15_CASES + ROUND16_CASES + ROUND17_CASES + ROUND18_CASES + ROUND20_CASES
                         + ROUND35_CASES)
def test_round2_report_label(coder, expected, text):
    assert _predicted(coder, text) == expected


@pytest.mark.parametrize("wrong, text", [
    # a state's evacuation order, a company's appointment, a resignation handed in: no development
    ("Other", "The government ordered residents of the coastal towns to evacuate ahead of the "
     "cyclone on Monday."),
    ("Change to group/activity", "The bank appointed a new chief executive on Tuesday."),
    ("Change to group/activity", "The minister handed in his resignation on Friday."),
    # a plan abandoned, an embassy moved, a journey set off on: no military event
    ("Change to group/activity", "The government abandoned its plan to raise fuel prices on Monday."),
    ("Change to group/activity", "The country moved its embassy to Jerusalem on Monday."),
    ("Suicide bomb", "The delegation set off for the border talks in a convoy on Friday."),
    # trade talks are no ACLED agreement
    ("Agreement", "Trade talks between China and the United States resumed in Geneva on Monday."),
    # a vigil about an attack is still peaceful
    ("Violent demonstration", "Mourners held a vigil on Saturday for the victims of the attack "
     "on the church."),
])
def test_round2_prevents_wrong_reading(coder, wrong, text):
    assert wrong not in _labels(coder, text)


@pytest.mark.parametrize("wrong, text", ROUND6_NOT + ROUND10_NOT + ROUND16_NOT + ROUND17_NOT + ROUND18_NOT
                         + ROUND20_NOT + ROUND35_NOT)
def test_round6_prevents_wrong_reading(coder, wrong, text):
    assert wrong not in _labels(coder, text)


def test_earlier_relative_clause_is_historical_without_acled(coder):
    coded = coder.code(Article(text="The Kachin Independence Army has opened a new command headquarters "
                                    "in the town of Bhamo, which it seized last year, residents said.",
                               published="2026-06-15"))
    seized = [e for e in coded.events if e.evidence["trigger"]["lemma"] == "seize"]
    assert seized and all("historical" in e.aux and e.acled is None for e in seized)
    assert seized[0].evidence["modality"]["historical"] == "earlier-clause:last-year"


def test_background_fighting_is_flagged_historical(coder):
    coded = coder.code(Article(text="The rival factions signed a peace deal on Friday, ending "
                                    "weeks of clashes in the city.", published="2026-06-15"))
    clashes = [e for e in coded.events if e.event == "ASSAULT"]
    assert clashes and all("historical" in e.aux and e.acled is None for e in clashes)


def _labels(coder, text: str) -> set[str]:
    coded = coder.code(Article(text=text, published="2026-06-15"))
    return {e.acled["sub_event_type"] for e in coded.events if reported_acled(e)}


def test_cases_cover_all_25_sub_event_types():
    assert {label for label, _ in CASES} == {s for subs in ACLED_SUB_EVENT_TYPES.values() for s in subs}


@pytest.mark.parametrize("expected, text", CASES + MORE_CASES + NEW_RULE_CASES + GROUP_AND_CLASH_CASES
                         + ISSUE3_CASES + ROUND12_CASES + ROUND18_LABELLED)
def test_sub_event_type_through_coder(coder, expected, text):
    assert expected in _labels(coder, text)


@pytest.mark.parametrize("wrong, text", [
    # a march in the date line is no protest
    ("Protest with intervention", "On 3 March, government soldiers fought rebel fighters on the "
     "outskirts of Kaya, killing six militants."),
    # a withdrawal that nobody takes over is a change of activity, not a transfer
    ("Non-violent transfer of territory", "More than 300 foreign troops withdrew from the town "
     "of Menaka in Mali on Sunday, officials said."),
    # a person seized is an abduction, not looting
    ("Looting/property destruction", "Gunmen seized a businessman outside his shop in Kano in "
     "northern Nigeria on Monday and demanded a ransom."),
    # a grenade thrown by two men at a state building is no riot
    ("Violent demonstration", "Two men threw a grenade at the town hall on Sunday night, "
     "wounding a guard."),
    # attackers blowing up a pipeline make an explosive attack, not a demolition
    ("Looting/property destruction", "Insurgents blew up a section of the oil pipeline on "
     "Friday, halting exports, officials said."),
    # riot police and riot-control gas are kit, not a riot; irritant gas on a crowd is not warfare
    ("Violent demonstration", "Riot police dispersed a protest by opposition supporters in the "
     "capital on Monday."),
    ("Chemical weapon", "Police fired riot-control gas at students who were protesting outside "
     "parliament on Tuesday."),
    # stopping a crowd is not stopping a weapon
    ("Disrupted weapons use", "Police prevented protesters from storming the parliament building "
     "in Accra on Monday."),
    # militias of a party, not a crowd: no riot
    ("Violent demonstration", "Militia supporters armed with rifles attacked a police post near "
     "Beni on Sunday, killing two officers."),
    # a mass grave found is no mob's deed
    ("Mob violence", "Residents found a mass grave near the town of Izium in Ukraine on Friday."),
])
def test_scene_prevents_wrong_reading(coder, wrong, text):
    assert wrong not in _labels(coder, text)


def _held_out_rows(name: str) -> list[dict[str, str]]:
    with open(Path(__file__).with_name(name), encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def _predicted(coder, text: str) -> str:
    """The label `newsevents eval acled-dev` scores: the most confident ACLED-labelled event,
    violent and protest events first."""
    try:
        coded = coder.code(Article(text=text, published="2026-06-15"))
    except InputError:  # a report the input check rejects is one the user gets no event from
        return "(none)"
    labelled = [e for e in coded.events if reported_acled(e)]
    best = max(labelled, key=lambda e: (e.event in ("ASSAULT", "PROTEST", "COERCE"), e.confidence),
               default=None)
    return best.acled["sub_event_type"] if best else "(none)"


# Every held-out set has 5 reports per sub-event type; the early "fresh" set has 2.
@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_set_covers_every_sub_event_type(name):
    per_type = 2 if name == "acled_fresh.v1.tsv" else 5
    rows = _held_out_rows(name)
    counts = Counter(r["sub_event_type"] for r in rows)
    every = {s for subs in ACLED_SUB_EVENT_TYPES.values() for s in subs}
    assert set(counts) == every and min(counts.values()) >= per_type
    assert all(r["sub_event_type"] in ACLED_SUB_EVENT_TYPES[r["event_type"]] for r in rows)


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_accuracy_stays_above_floor(coder, name):
    rows = _held_out_rows(name)
    hits = sum(_predicted(coder, r["text"]) == r["sub_event_type"] for r in rows)
    assert hits / len(rows) >= HELD_OUT_FLOORS[name]


def test_cue_table_has_every_cue_the_code_reads():
    needed = {"chemical", "suicide", "grenade", "aerial", "shelling", "explosive", "protest",
              "intervention", "lethal", "riot", "mob", "disrupt", "weapon_object", "place",
              "agreement", "coup", "looting", "civilian_word", "armed_target", "foiled",
              "non_state_force", "state_property", "infrastructure", "checkpoint", "state_means", "flag"}
    assert needed <= set(cue_terms())


def test_riot_as_kit_modifier_is_no_riot_cue(nlp):
    assert "riot" not in Scene.of(nlp("Riot police fired riot-control gas at the crowd."))
    assert "riot" in Scene.of(nlp("The march turned into a riot on Sunday."))


def test_scene_matches_phrases_and_hyphenated_words(nlp):
    doc = nlp("Police used tear gas on a sit-in outside parliament.")
    scene = Scene.of(doc)
    assert "intervention" in scene and "protest" in scene
    assert "lethal" not in scene


@pytest.mark.parametrize("plover, mode, flags, expected", [
    ("ASSAULT", None, {"riot"}, "Violent demonstration"),
    ("PROTEST", "demo", {"riot"}, "Violent demonstration"),
    ("COERCE", "arrest", {"intervention"}, "Protest with intervention"),
    ("COERCE", "seize", {"person_seized"}, "Abduction/forced disappearance"),
    ("ASSAULT", "firearms", {"coup"}, "Other"),
    ("AGREE", None, {"agreement"}, "Agreement"),
    ("COOPERATE", None, {"disarm"}, "Change to group/activity"),
    ("MOBILIZE", None, {"disrupted"}, "Disrupted weapons use"),
    ("AID", None, {"disarm"}, "Change to group/activity"),
])
def test_rule_table_flags(plover, mode, flags, expected):
    got = get_ontology().acled_for(plover, mode, None, flags=flags)
    assert got["sub_event_type"] == expected


def test_plain_cooperation_is_not_an_acled_event():
    assert get_ontology().acled_for("COOPERATE", None, "063") is None
    assert get_ontology().acled_for("AGREE", None, "030") is None
    assert get_ontology().acled_for("AID", "humanitarian", "073") is None


def test_handed_over_place_is_a_transfer_whatever_the_type():
    got = get_ontology().acled_for("AID", None, "073", territory="transferred")
    assert got["sub_event_type"] == "Non-violent transfer of territory"


def test_foiled_attack_is_reported_as_disrupted_weapons_use(coder):
    """The attack a force foiled is denied (PLOVER negation) but ACLED counts the disruption."""
    coded = coder.code(Article(text="Police in Mombasa foiled a bomb attack on a church on Sunday.",
                               published="2026-06-15"))
    attack = next(e for e in coded.events if e.event == "ASSAULT")
    assert "negation" in attack.aux
    assert reported_acled(attack)["sub_event_type"] == "Disrupted weapons use"


def test_denied_clash_is_not_reported(coder):
    coded = coder.code(Article(text="There was no fighting between the army and the rebels in Kidal on Monday.",
                               published="2026-06-15"))
    clash = next(e for e in coded.events if e.event == "ASSAULT")
    assert "negation" in clash.aux and clash.acled and reported_acled(clash) is None
