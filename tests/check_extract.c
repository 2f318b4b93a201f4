/*
 * check_extract.c - the extractor, data-driven: each case is a short text
 * of our own, the article date, and the exact set of edges it must give
 * ("type source target modality", separated by "; ").  The world is
 * tests/data/extract-world.json.  Also: evidence spans, bad input, and
 * concurrent calls on one extractor.
 */
#include "config.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"

static const struct {
	const char *text, *date, *want;
} cases[] = {
	/* meets: active, "with", visits, arrivals, hosts, passive */
	{"Vladimir Putin met Xi Jinping in Beijing on Monday.", "2023-03-01",
	 "meets vladimir-putin xi-jinping asserted"},
	{"Narendra Modi will hold talks with Joe Biden next week.", "2023-06-01",
	 "meets narendra-modi joe-biden expected"},
	{"Recep Tayyip Erdogan visited Egypt on Tuesday.", "2023-02-10",
	 "meets recep-tayyip-erdogan EGY asserted"},
	{"The Canadian prime minister arrived in Kenya for a two-day stay.",
	 "2019-05-02", "meets justin-trudeau KEN asserted"},
	{"Emmanuel Macron hosted Olaf Scholz in Paris.", "2023-01-22", ""},
	{"President Macron hosted the Italian prime minister at the Elysee.",
	 "2023-01-22",
	 "meets emmanuel-macron ITA asserted; meets FRA ITA asserted"},
	{"Joe Biden will host Narendra Modi at the White House.", "2023-06-01",
	 "meets joe-biden narendra-modi expected; meets USA narendra-modi expected"},
	{"The new sanctions blacklisted Sergei Lavrov. Japan imposed sanctions on "
	 "Belarus. The new sanctions blacklisted Vladimir Putin.", "2023-01-01",
	 "sanctions JPN BLR asserted; sanctions JPN vladimir-putin asserted"},
	{"The EU imposed sanctions on Iran. The measures name Sergei Lavrov.",
	 "2023-01-01",
	 "sanctions EU IRN asserted; sanctions EU sergei-lavrov asserted"},
	{"A State Department spokesman said Kenya met Uganda.", "2005-01-01",
	 "meets KEN UGA asserted"},
	/* a place that is the site is no party */
	{"The two delegations from Iran and Iraq will meet in Switzerland.",
	 "2023-01-01", "meets IRN IRQ expected"},
	{"Angela Merkel and Emmanuel Macron met in Brussels.", "2019-03-01",
	 "meets angela-merkel emmanuel-macron asserted"},
	/* nominal: between, hyphenated pair, visit to */
	{"Talks between Serbia and Kenya resumed on Friday.", "2023-01-01",
	 "meets SRB KEN asserted"},
	{"The Russia-China summit opened in Moscow.", "2023-01-01",
	 "meets RUS CHN asserted"},
	{"Japan's foreign minister began a visit to India.", "2023-01-01",
	 "meets JPN IND asserted"},
	/* supplies: active, recipient's side, passive, nominal */
	{"Iran supplied Syria with drones last year.", "2023-01-01",
	 "supplies IRN SYR asserted"},
	{"Germany sold 40 tanks to Poland.", "2023-01-01",
	 "supplies DEU POL asserted"},
	{"Turkey bought a missile system from Russia.", "2023-01-01",
	 "supplies RUS TUR asserted"},
	{"Egypt requested wheat from Ukraine.", "2023-01-01",
	 "supplies UKR EGY requested"},
	{"Kenya received food aid from Japan.", "2023-01-01",
	 "supplies JPN KEN asserted"},
	{"Drones were sold to Ethiopia by Turkey.", "2023-01-01",
	 "supplies TUR ETH asserted"},
	{"U.S. arms sales to Taiwan angered Beijing.", "2023-01-01",
	 "supplies USA TWN asserted"},
	{"Norway will send fuel to Poland.", "2023-01-01",
	 "supplies NOR POL expected"},
	{"France sent a message to Iran.", "2023-01-01", ""},
	/* "and" before a name and a verb opens a clause: no shared object */
	{"Germany sold 40 tanks to Poland and France bought jets from Italy.",
	 "2023-01-01", "supplies DEU POL asserted; supplies ITA FRA asserted"},
	{"Iran met Iraq and Kenya visited Uganda.", "2023-01-01",
	 "meets IRN IRQ asserted; meets KEN UGA asserted"},
	{"The EU sanctioned Belarus, and Russia threatened Poland.", "2023-01-01",
	 "sanctions EU BLR asserted; threatens RUS POL asserted"},
	{"Canada sent tanks to Romania and Bulgaria, officials said.", "2023-01-01",
	 "supplies CAN ROU asserted; supplies CAN BGR asserted"},
	/* threatens */
	{"North Korea threatened Japan with missile strikes.", "2023-01-01",
	 "threatens PRK JPN asserted"},
	{"Washington warned Caracas of new sanctions.", "2023-01-01",
	 "threatens USA VEN asserted"},
	/* sanctions: verb, noun, passive, possessive, lifted, urged */
	{"The EU imposed sanctions on Belarus.", "2023-01-01",
	 "sanctions EU BLR asserted"},
	{"Myanmar was sanctioned by Canada.", "2023-01-01",
	 "sanctions CAN MMR asserted"},
	{"Britain's sanctions against Russia took effect.", "2023-01-01",
	 "sanctions GBR RUS asserted"},
	{"The United States lifted sanctions on Sudan.", "2023-01-01",
	 "sanctions USA SDN negated"},
	{"Poland urged the EU to impose sanctions on Belarus.", "2023-01-01",
	 "sanctions EU BLR requested; sanctions POL BLR requested"},
	{"Japan froze the assets of Russian officials.", "2023-01-01",
	 "sanctions JPN RUS asserted"},
	/* modality */
	{"China may sell jets to Pakistan.", "2023-01-01",
	 "supplies CHN PAK possible"},
	{"Australia is considering sanctions against Iran.", "2023-01-01",
	 "sanctions AUS IRN possible"},
	{"Spain denied that it sold weapons to Libya.", "2023-01-01",
	 "supplies ESP LBY negated"},
	{"Brazil did not meet Argentina.", "2023-01-01",
	 "meets BRA ARG negated"},
	{"India will buy oil from Russia if prices fall.", "2023-01-01",
	 "supplies RUS IND conditional"},
	{"Israel cancelled its talks with Jordan.", "2023-01-01",
	 "meets ISR JOR negated"},
	{"Kenya is to host Uganda next month.", "2023-01-01",
	 "meets KEN UGA expected"},
	/* coordination, pronouns, the two leaders, relative clauses */
	{"Egypt and Jordan imposed sanctions on Qatar.", "2023-01-01",
	 "sanctions EGY QAT asserted; sanctions JOR QAT asserted"},
	{"Fidel Castro welcomed Hu Jintao. The two leaders later met again.",
	 "2004-11-22", "meets fidel-castro hu-jintao asserted"},
	{"Tony Blair flew to Iraq. He then met Hamid Karzai in Kabul.",
	 "2005-01-01",
	 "meets tony-blair IRQ asserted; meets tony-blair hamid-karzai asserted"},
	{"Xi Jinping, who will visit Spain, met Vladimir Putin.", "2023-01-01",
	 "meets xi-jinping ESP expected; meets xi-jinping vladimir-putin asserted"},
	/* role phrases by date, titles introducing new people */
	{"The Russian president met the Chinese president.", "2010-01-01",
	 "meets dmitry-medvedev hu-jintao asserted"},
	{"The Russian president met the Chinese president.", "1995-01-01",
	 "meets CHN RUS asserted"},
	{"The Russian president met the Chinese president.", "2020-01-01",
	 "meets vladimir-putin xi-jinping asserted"},
	{"Kremlin spokesman Boris Orlov met Foreign Minister Ana Silva of Brazil.",
	 "2020-01-01", "meets boris-orlov ana-silva asserted"},
	/* attribution is no relation; a company is no actor */
	{"According to the BBC, Russia said the talks failed.", "2023-01-01", ""},
	{"A French company sold software to a German bank.", "2023-01-01", ""},
	/* origin of goods, a round of talks, verbs after a headline subject */
	{"Pakistan has received its first shipment of Chinese-made fighter jets.",
	 "2023-01-01", "supplies CHN PAK asserted"},
	{"India and China held a new round of border talks on Friday.",
	 "2023-01-01", "meets CHN IND asserted"},
	{"Turkey said it would not buy more gas from Iran unless prices fell.",
	 "2023-01-01", "supplies IRN TUR conditional"},
	{"Chad said it would host Sudan next month.", "2023-01-01",
	 "meets SDN TCD expected"},
	{"Egypt's president received the Sudanese army chief in Cairo.",
	 "2023-01-01", "meets EGY SDN asserted"},
	{"The Indian prime minister will visit Beijing in May.", "2023-01-01",
	 "meets CHN narendra-modi expected"},
	{"Iranian oil exports to China rose sharply in March.", "2023-01-01",
	 "supplies IRN CHN asserted"},
	{"Officials from Japan and South Korea will meet in Seoul to discuss trade.",
	 "2023-01-01", "meets JPN KOR expected"},
	{"Canada has imposed sanctions on 20 Russian individuals.", "2023-01-01",
	 "sanctions CAN RUS asserted"},
	{"Egypt and Jordan signed a peace agreement.", "2023-01-01",
	 "meets EGY JOR asserted"},
	{"The report said Kenya had bought millions of dollars of U.S. weapons.",
	 "2023-01-01", "supplies USA KEN asserted"},
	{"Putin and Erdogan discussed grain exports by phone.", "2023-01-01",
	 "meets recep-tayyip-erdogan vladimir-putin asserted"},
	{"Brazil beat Argentina 2-1 on Tuesday.", "2023-01-01", ""},
	{"Russia and Ukraine accused each other of shelling the plant.",
	 "2023-01-01", ""},
	{"Germany warned that Europe faces a hard winter without Russian gas.",
	 "2023-01-01", ""},
	{"Washington urged Seoul to send artillery shells to Kyiv.", "2023-01-01",
	 "supplies KOR UKR requested"},
	{"The Security Council capped Iranian oil imports on Monday.",
	 "2023-01-01", "sanctions UN IRN asserted"},
	{"The WTO approved sanctions against Japan.", "2023-01-01", ""},
	{"A Kenyan official said talks with Uganda went well.", "2023-01-01",
	 "meets KEN UGA asserted"},
	{"After the quake in Turkey, Japan sent blankets there.", "2023-01-01",
	 "supplies JPN TUR asserted"},
	{"Meeting in Moscow, Silvio Berlusconi and Vladimir Putin said they agreed.",
	 "2004-11-05", "meets silvio-berlusconi vladimir-putin asserted"},
	{"After meeting Vladimir Putin, Xi Jinping flew home.", "2023-03-22",
	 "meets vladimir-putin xi-jinping asserted"},
	{"Trump's June 3 trip will include visits to Kenya and Egypt.", "2017-10-20",
	 "meets KEN donald-trump expected; meets EGY donald-trump expected"},
	{"The United States welcomed Sudan's acceptance of the plan.", "2023-01-01",
	 ""},
	{"Xi Jinping arrived in Moscow. Xi later met Vladimir Putin.",
	 "2023-03-21",
	 "meets RUS xi-jinping asserted; meets vladimir-putin xi-jinping asserted"},
	{"North Korea delivered shells to Russia, the White House said.",
	 "2023-10-13", "supplies PRK RUS asserted"},
	{"Beijing is North Korea's main supplier of food and fuel.", "2017-02-18",
	 "supplies CHN PRK asserted"},
	{"Poland said it would give 14 of its Leopards to Ukraine.", "2023-01-26",
	 "supplies POL UKR expected"},
	{"The United States had no plans to impose sanctions on Brazil.",
	 "2023-01-01", "sanctions USA BRA negated"},
	{"Britain will expel diplomats and freeze Russian state assets.",
	 "2018-03-14", "sanctions GBR RUS expected"},
	{"Pervez Musharraf kicked off a four-day visit to Kenya.", "2004-11-08",
	 "meets KEN pervez-musharraf asserted"},
	{"Israel called off its talks with Jordan.", "2023-01-01",
	 "meets ISR JOR negated"},
	{"Recep Tayyip Erdogan told Vladimir Putin in a phone call that talks "
	 "must go on.", "2020-01-01",
	 "meets recep-tayyip-erdogan vladimir-putin asserted"},
	{"The EU's security policy chief will travel to Baghdad in May.",
	 "2020-01-01", "meets EU IRQ expected"},
	{"Italy's interior minister visited Libya.", "2004-10-15",
	 "meets ITA LBY asserted"},
	{"The Russian president and the U.S. president signed a treaty.",
	 "2010-04-08", "meets barack-obama dmitry-medvedev asserted"},
	{"Medvedev invited Barack Obama to visit Russia later in the year.",
	 "2010-04-08", "meets RUS barack-obama requested"},
	{"Russia threatened to punish Polish firms that sell arms to Ukraine.",
	 "2023-01-01", ""},
	{"The U.S. envoy flew into Fidel Castro Air Base on Friday.", "2017-10-22",
	 ""},
	{"Japan bans travel to Syria from Monday.", "2017-09-01",
	 "sanctions JPN SYR asserted"},
	{"Peru struck a deal with U.S. oil firm Acme.", "2017-09-01", ""},
	{"Joe Biden discussed NATO in a brief call with Emmanuel Macron.",
	 "2023-09-01", "meets emmanuel-macron joe-biden asserted"},
	{"Iran vowed to retaliate against the United States.", "2020-01-05",
	 "threatens IRN USA asserted"},
	{"Israel struck targets in Syria overnight.", "2020-01-05", ""},
	{"Iran said Israel would not dare attack it.", "2020-01-05", ""},
	{"North Korea fired a missile. The North regularly threatens to destroy "
	 "Japan.", "2017-10-01", "threatens PRK JPN asserted"},
	{"South Korea will send food aid to the North.", "2017-10-01",
	 "supplies KOR PRK expected"},
	{"Officials are not worried by the notion that China sells jets to Peru.",
	 "2023-01-01", "supplies CHN PER asserted"},
	{"Obama pressed for tougher U.N. sanctions on Iran.", "2010-04-08",
	 "sanctions UN IRN requested; sanctions barack-obama IRN requested"},
	{"Trump threatened to impose a levy on steel imports from Canada.",
	 "2017-04-08", ""},
	{"A meeting between Xi Jinping and Joe Biden would be symbolic.",
	 "2023-01-01", "meets joe-biden xi-jinping expected"},
	{"Talks between Serbia and Kenya ended on Friday.", "2023-01-01",
	 "meets KEN SRB asserted"},
	/* a time adverbial after the object */
	{"Shinzo Abe will visit Kenya around the end of April.", "2018-01-10",
	 "meets shinzo-abe KEN expected"},
	{"Emmanuel Macron will visit India around Jan. 31, his office said.",
	 "2018-01-10", "meets emmanuel-macron IND expected"},
	{"The Japanese foreign minister will visit China on or around Jan. 28.",
	 "2018-01-10", "meets JPN CHN expected"},
	{"Narendra Modi will visit Kenya in early March.", "2018-01-10",
	 "meets narendra-modi KEN expected"},
	{"Vladimir Putin visited Turkey last week.", "2018-01-10",
	 "meets vladimir-putin TUR asserted"},
	{"Germany will sell tanks to Poland sometime next year.", "2018-01-10",
	 "supplies DEU POL expected"},
	{"Vladimir Putin will host Recep Tayyip Erdogan around mid-May.",
	 "2018-01-10", "meets vladimir-putin recep-tayyip-erdogan expected"},
	/* a visit noun attached to the clause of its visitor */
	{"Narendra Modi resigned on Saturday during a visit to Egypt.",
	 "2018-01-10", "meets narendra-modi EGY asserted"},
	{"Recep Tayyip Erdogan, on a two-day visit to Kenya, said ties were "
	 "strong.", "2018-01-10", "meets recep-tayyip-erdogan KEN asserted"},
	{"During a visit to Kenya, Emmanuel Macron signed a trade deal.",
	 "2018-01-10", "meets emmanuel-macron KEN asserted"},
	{"Speaking during his trip to India, Shinzo Abe said ties were strong.",
	 "2018-01-10", "meets shinzo-abe IND asserted"},
	{"Emmanuel Macron is in China on a three-day state visit.", "2018-01-10",
	 "meets emmanuel-macron CHN asserted"},
	{"Vladimir Putin spoke to reporters during his Saudi visit.", "2018-01-10",
	 "meets vladimir-putin SAU asserted"},
	{"Emmanuel Macron met students in Paris on a visit to the city.",
	 "2018-01-10", ""},
	/* supplies to a part of a state; troops alone are not supplies */
	{"Australia is sending soldiers and emergency supplies to "
	 "storm-battered areas of Indonesia.", "2004-12-05",
	 "supplies AUS IDN asserted"},
	{"Japan sent food aid to parts of Indonesia.", "2004-12-05",
	 "supplies JPN IDN asserted"},
	{"Japan will deliver tents to quake-hit towns in Pakistan.", "2004-12-05",
	 "supplies JPN PAK expected"},
	{"The United States sent troops to areas of the Philippines.",
	 "2004-12-05", ""},
	/* surnames by date; title-case headlines */
	{"Hariri met Emmanuel Macron in Paris.", "2017-11-18",
	 "meets saad-hariri emmanuel-macron asserted"},
	{"Hariri met Jacques Dupont in Paris. Hariri Visits Egypt", "2003-05-01",
	 "meets rafik-hariri EGY asserted"},
	{"Hariri quits during Saudi visit", "2017-11-10",
	 "meets saad-hariri SAU asserted"},
	{"Hariri quits during Saudi visit", "2012-11-10", ""},
	{"Hariri Quits During Saudi Visit", "2017-11-10",
	 "meets saad-hariri SAU asserted"},
	/* a surname alone: before a known verb, not before a capital or a
	 * plain word ("Howard Stern", "Howard prices") */
	{"Howard visits Japan.", "2005-06-10", "meets john-howard JPN asserted"},
	{"Howard Stern mocked Japan. Howard prices fell in Japan.", "2005-06-10",
	 ""},
	{"Blair, Bush Meet in Washington", "2004-06-10",
	 "meets tony-blair george-w-bush asserted"},
	{"Musharraf Arrives in Kabul for Security Talks", "2004-06-10",
	 "meets pervez-musharraf AFG asserted"},
	{"Abe Flies to Moscow", "2016-12-10", "meets shinzo-abe RUS asserted"},
	{"Theresa May heads to Kenya. EU heads of state met in Nairobi.",
	 "2018-06-10", "meets theresa-may KEN asserted"},
	/* a visitor meets the other party of its clause */
	{"Vladimir Putin met the visiting Chinese foreign minister on Monday.",
	 "2018-10-10", "meets vladimir-putin CHN asserted"},
	{"Iran told a visiting U.N. official that it would not halt enrichment.",
	 "2004-10-10", "meets IRN UN asserted"},
	{"Pervez Musharraf received the visiting Afghan president in Islamabad.",
	 "2005-10-10", "meets pervez-musharraf hamid-karzai asserted"},
	{"Hamid Karzai held talks with the visiting Pakistani president.",
	 "2005-10-10", "meets pervez-musharraf hamid-karzai asserted"},
	{"The visiting Chinese foreign minister told Vladimir Putin that ties "
	 "were strong.", "2018-10-10", "meets vladimir-putin CHN asserted"},
	{"Hamid Karzai said on Monday, speaking to a visiting U.N. envoy, that "
	 "the vote would be fair.", "2005-10-10", "meets hamid-karzai UN asserted"},
	{"Visiting US envoy Joseph Rossi held talks in Tokyo on Monday.",
	 "2005-10-10", "meets joseph-rossi JPN asserted"},
	{"Hamid Karzai will tell visiting U.S. officials that he needs troops.",
	 "2005-10-10", "meets hamid-karzai USA expected"},
	{"Vladimir Putin is visiting China this week.", "2018-10-10",
	 "meets vladimir-putin CHN asserted"},
	{"Vladimir Putin said the visiting Chinese delegation was welcome.",
	 "2018-10-10", ""},
	{"Italy is flying the refugees to Greece.", "2018-10-10", ""},
	/* more frames of news English */
	{"Vladimir Putin greeted Shinzo Abe on Monday.", "2018-06-10",
	 "meets vladimir-putin shinzo-abe asserted"},
	{"Shinzo Abe conferred with Vladimir Putin on Tuesday.", "2018-06-10",
	 "meets vladimir-putin shinzo-abe asserted"},
	{"Shinzo Abe is due in Moscow on Monday for talks.", "2018-06-10",
	 "meets shinzo-abe RUS expected"},
	{"Shinzo Abe left for Moscow on Sunday.", "2018-06-10",
	 "meets shinzo-abe RUS asserted"},
	{"Saad Hariri left Riyadh for Paris on Saturday.", "2017-11-18",
	 "meets saad-hariri FRA asserted"},
	{"Shinzo Abe leaves for Moscow on Sunday.", "2018-06-10",
	 "meets shinzo-abe RUS expected"},
	{"Shinzo Abe left Moscow on Sunday. Hamid Karzai left office in 2014.",
	 "2018-06-10", ""},
	{"U.S. troops arrived in Iraq on Monday.", "2018-06-10", ""},
	{"Egypt took delivery of Russian-made missiles on Friday.", "2018-06-10",
	 "supplies RUS EGY asserted"},
	{"India bought Russia's S-400 missile system.", "2018-06-10",
	 "supplies RUS IND asserted"},
	{"Iran threatened military action against Israel.", "2018-06-10",
	 "threatens IRN ISR asserted"},
	{"Turkey threatened to cut ties with Israel.", "2018-06-10",
	 "threatens TUR ISR asserted"},
	{"The United States threatened to cut off aid to Pakistan.", "2018-06-10",
	 "threatens USA PAK asserted"},
	{"Venezuela was hit with new sanctions by the United States.",
	 "2018-06-10", "sanctions USA VEN asserted"},
	{"China banned imports of Japanese seafood.", "2018-06-10",
	 "sanctions CHN JPN asserted"},
	{"The United States announced an embargo on Iranian oil.", "2018-06-10",
	 "sanctions USA IRN asserted"},
	{"Saudi Arabia called for sanctions against the Lebanese Hezbollah group.",
	 "2018-06-10", ""},
	/* quotations: "we" and "I" are the speaker */
	{"\"We will not sell arms to Taiwan,\" the French president said.",
	 "2018-06-10", "supplies FRA TWN negated"},
	{"\"I will visit China next month,\" Vladimir Putin said.", "2018-06-10",
	 "meets vladimir-putin CHN expected"},
	{"Jack Straw said: \"We will impose sanctions on Iran.\"", "2005-03-10",
	 "sanctions GBR IRN expected"},
	{"\"They will visit Iran,\" Vladimir Putin said.", "2018-06-10", ""},
	{"\"I think arms sales to Russia are wrong,\" Donald Trump said.",
	 "2018-06-10", ""},
	/* pairs, hosts, calls, invitations, facing sanctions */
	{"A Bush-Blair summit is planned for February.", "2005-03-10",
	 "meets george-w-bush tony-blair expected"},
	{"Vladimir Putin and Xi Jinping are to hold a summit next month.",
	 "2018-06-10", "meets vladimir-putin xi-jinping expected"},
	{"Egypt will host a summit between Israel and Jordan.", "2018-06-10",
	 "meets EGY ISR expected; meets EGY JOR expected; meets ISR JOR expected"},
	{"Vladimir Putin received a phone call from Donald Trump.", "2018-06-10",
	 "meets vladimir-putin donald-trump asserted"},
	{"Emmanuel Macron invited Vladimir Putin to Paris.", "2018-06-10",
	 "meets FRA vladimir-putin requested"},
	{"In a phone call with Vladimir Putin, Shinzo Abe said ties were strong.",
	 "2018-06-10", "meets vladimir-putin shinzo-abe asserted"},
	{"Sergei Lavrov spoke to reporters after meeting Jack Straw.",
	 "2005-03-10", "meets sergei-lavrov jack-straw asserted"},
	{"Sudan faces U.N. sanctions over Darfur.", "2005-03-10",
	 "sanctions UN SDN possible"},
	/* more visits, participles, pairs and coordinated demonyms */
	{"On his latest trip to Tokyo this month, Hamid Karzai won new aid "
	 "offers.", "2010-06-10", "meets hamid-karzai JPN asserted"},
	{"Narendra Modi spoke on Sunday. On his brief visit to Kenya, he signed "
	 "a deal.", "2018-06-10", "meets narendra-modi KEN asserted"},
	{"Shinzo Abe and Narendra Modi, meeting on the margins of a conference "
	 "in Osaka, agreed to cooperate.", "2017-07-08",
	 "meets shinzo-abe narendra-modi asserted"},
	{"Narendra Modi urged restraint during a meeting with Shinzo Abe.",
	 "2017-07-08", "meets narendra-modi shinzo-abe asserted"},
	{"Joe Biden praised Emmanuel Macron on Monday. Climate was on the agenda "
	 "when the two met.", "2022-07-08",
	 "meets joe-biden emmanuel-macron asserted"},
	{"Senior Kenyan and Ugandan officials talked on Friday.", "2017-07-08",
	 "meets KEN UGA asserted"},
	{"Chinese and Russian diplomats held talks in Geneva.", "2017-07-08",
	 "meets CHN RUS asserted"},
	{"The two visits to China were brief.", "2017-07-08", ""},
	{"Kenya banned its officials from traveling to Somalia.",
	 "2017-09-29", "sanctions KEN SOM asserted"},
	/* handshakes, conversations, firsts, packages, threats to act */
	{"Emmanuel Macron shook hands with Vladimir Putin on Monday.",
	 "2018-06-10", "meets emmanuel-macron vladimir-putin asserted"},
	{"Emmanuel Macron had a telephone conversation with Vladimir Putin.",
	 "2018-06-10", "meets emmanuel-macron vladimir-putin asserted"},
	{"Emmanuel Macron on Tuesday became the first French president to visit "
	 "Libya.", "2018-06-10", "meets emmanuel-macron LBY asserted"},
	{"Japan unveiled a $500 million aid package for Indonesia.",
	 "2018-06-10", "supplies JPN IDN asserted"},
	{"Japan airlifted tents to Indonesia. Japan rushed rescuers to Jakarta.",
	 "2018-06-10", "supplies JPN IDN asserted"},
	{"The United States has threatened to use force against Iran.",
	 "2018-06-10", "threatens USA IRN asserted"},
	{"The United States threatened to impose tariffs on China.", "2018-06-10",
	 "threatens USA CHN asserted"},
	{"Iran, which is under U.N. sanctions, denied the report.", "2018-06-10",
	 "sanctions UN IRN asserted"},
	{"The United States added Iran to its blacklist.", "2018-06-10",
	 "sanctions USA IRN asserted"},
	{"The United States is unlikely to sell arms to Taiwan.", "2018-06-10",
	 "supplies USA TWN possible"},
	{"Iran asked Russia to supply fuel.", "2018-06-10",
	 "supplies RUS IRN requested"},
	{"The United States urged China to stop selling fuel.", "2018-06-10", ""},
	{"Emmanuel Macron spoke. In his conversation with Shinzo Abe, Vladimir "
	 "Putin urged calm.", "2018-06-10",
	 "meets vladimir-putin shinzo-abe asserted"},
	/* passives, second verb phrases, deals under which, goods for */
	{"Iraq was visited by Tony Blair on Monday.", "2004-11-10",
	 "meets tony-blair IRQ asserted"},
	{"Aid was sent to Sudan by Japan.", "2004-11-10",
	 "supplies JPN SDN asserted"},
	{"Sudan was threatened with sanctions by the United States.",
	 "2004-11-10", "threatens USA SDN asserted"},
	{"Tony Blair met Hamid Karzai and then flew to Egypt.", "2005-11-10",
	 "meets tony-blair hamid-karzai asserted; meets tony-blair EGY asserted"},
	{"Tony Blair met Hamid Karzai before flying to Egypt.", "2005-11-10",
	 "meets tony-blair hamid-karzai asserted; meets tony-blair EGY asserted"},
	{"Tony Blair met Hamid Karzai, then flew to Egypt for talks with Jack "
	 "Straw.", "2005-11-10",
	 "meets tony-blair hamid-karzai asserted; meets tony-blair EGY asserted"},
	{"Jack Straw told Iran as he ended a visit to Kenya before flying to "
	 "Egypt that talks must go on.", "2005-11-10",
	 "meets jack-straw KEN asserted; meets jack-straw EGY asserted"},
	{"Libya agreed to scrap its weapons programs under a deal with Britain "
	 "and the United States.", "2004-11-10",
	 "meets LBY GBR expected; meets LBY USA expected"},
	{"Vladimir Putin, speaking after talks with Recep Tayyip Erdogan, said "
	 "ties were strong.", "2018-11-10",
	 "meets vladimir-putin recep-tayyip-erdogan asserted"},
	{"Russia will provide fuel for Iran's reactor.", "2004-11-10",
	 "supplies RUS IRN expected"},
	{"Russia will provide cover for Iran.", "2004-11-10", ""},
	/* modality of plans, deals, hopes; goods that are also agents */
	{"India signed a deal to buy jets from France.", "2018-06-10",
	 "supplies FRA IND expected"},
	{"India is in talks to buy jets from France.", "2018-06-10",
	 "supplies FRA IND possible"},
	{"Japan hopes to sell trains to India.", "2018-06-10",
	 "supplies JPN IND possible"},
	{"Narendra Modi's planned visit to China was called off.", "2018-06-10",
	 "meets narendra-modi CHN negated"},
	{"The EU warned it could impose sanctions on Iran.", "2018-06-10",
	 "threatens EU IRN asserted"},
	{"The EU warned that its sanctions against Iran will not be lifted.",
	 "2018-06-10", "threatens EU IRN asserted; sanctions EU IRN negated"},
	{"Iran warned that Israel would pay a heavy price for any attack.",
	 "2018-06-10", "threatens IRN ISR asserted"},
	{"The United States warned that Iran would face consequences.",
	 "2018-06-10", "threatens USA IRN asserted"},
	/* threats: force promised ("vowed revenge against B", "would use
	 * force against B", "did not rule out military action"), conditions
	 * ("would retaliate if B ..."), the accused, forceful responses to
	 * B's acts, ultimatums given, "put B on notice", "B would face
	 * consequences, X said"; and their near misses (force used, "legal
	 * action", "warned of a U.S. attack", a threat seen) */
	{"Kenya vowed revenge against Uganda.", "2018-06-10",
	 "threatens KEN UGA asserted"},
	{"Kenya said it would use force against Uganda if necessary.",
	 "2018-06-10", "threatens KEN UGA asserted"},
	{"Kenya did not rule out military action against Uganda.", "2018-06-10",
	 "threatens KEN UGA asserted"},
	{"Kenya used force against Uganda in 2008.", "2018-06-10",
	 ""},
	{"Kenya will not use force against Uganda.", "2018-06-10",
	 ""},
	{"The EU will take legal action against Poland.", "2018-06-10",
	 ""},
	{"Israel launched air strikes on Syria.", "2018-06-10",
	 ""},
	{"Russia warned that it would retaliate if Finland deployed missiles.",
	 "2018-06-10", "threatens RUS FIN asserted"},
	{"Iran has threatened to close the strait if the United States "
	 "attacks.", "2018-06-10",
	 "threatens IRN USA asserted"},
	{"Kenya warned it would act if the rains failed.", "2018-06-10",
	 ""},
	{"Iran accused Israel of sabotage and warned of a crushing response.",
	 "2018-06-10", "threatens IRN ISR asserted"},
	{"Iran accused Israel of sabotage and said talks would go on.",
	 "2018-06-10", ""},
	{"Pakistan said it would respond militarily to any Indian strike.",
	 "2018-06-10", "threatens PAK IND asserted"},
	{"Russia vowed to respond to Britain's expulsion of diplomats.",
	 "2018-06-10", "threatens RUS GBR asserted"},
	{"Japan will respond to China's request for talks.", "2018-06-10",
	 ""},
	{"Iran said it would crush any aggression by the United States.",
	 "2018-06-10", "threatens IRN USA asserted"},
	{"Israel gave Lebanon an ultimatum.", "2018-06-10",
	 "threatens ISR LBN asserted"},
	{"Saudi Arabia gave Qatar a 10-day deadline.", "2018-06-10",
	 ""},
	{"Donald Trump put Iran on notice.", "2017-06-10",
	 "threatens donald-trump IRN asserted"},
	{"North Korea threatened on Tuesday to sink Japan.", "2018-06-10",
	 "threatens PRK JPN asserted"},
	{"Turkey threatened to halt trade with Israel.", "2018-06-10",
	 "threatens TUR ISR asserted"},
	{"North Korea threatened to launch missiles at Japan.", "2018-06-10",
	 "threatens PRK JPN asserted"},
	{"Iran warned against an Israeli strike.", "2018-06-10",
	 "threatens IRN ISR asserted"},
	{"Iran warned of a U.S. attack.", "2018-06-10",
	 ""},
	{"Donald Trump said North Korea would face consequences.", "2017-06-10",
	 "threatens donald-trump PRK asserted"},
	{"Israel will pay a heavy price, Iran said.", "2018-06-10",
	 "threatens IRN ISR asserted"},
	{"Russia said it would face consequences. Germany said Greece "
	 "would not face consequences.", "2018-06-10",
	 ""},
	{"Japan sees China as a threat.", "2018-06-10",
	 ""},
	/* supplies: the goods' maker in a passive, raised and accused
	 * subjects, contributions and promises of goods, disaster-hit
	 * recipients, "gets Z from A"; not refugees of a state, troops, or
	 * approval */
	{"Russian-made missiles were delivered to Turkey.", "2018-06-10",
	 "supplies RUS TUR asserted"},
	{"Syrian troops were sent to Lebanon.", "2018-06-10",
	 ""},
	{"Iran is believed to be supplying drones to Yemen.", "2018-06-10",
	 "supplies IRN YEM asserted"},
	{"The United States accused Iran of supplying missiles to Yemen.",
	 "2018-06-10", "supplies IRN YEM asserted"},
	{"Japan provided aid for Afghan refugees. Kuwait pledged $100 "
	 "million for Syrian refugees.", "2018-06-10",
	 ""},
	{"Norway contributed $10 million to Kenya.", "2018-06-10",
	 "supplies NOR KEN asserted"},
	{"Canada contributed troops to the mission in Afghanistan.",
	 "2018-06-10", ""},
	{"Japan promised $100 million to Indonesia.", "2018-06-10",
	 "supplies JPN IDN expected"},
	{"Japan promised Iran that it would help.", "2018-06-10",
	 ""},
	{"China extended financial support to Pakistan.", "2018-06-10",
	 "supplies CHN PAK asserted"},
	{"Japan will give aid to tsunami-hit Indonesia.", "2018-06-10",
	 "supplies JPN IDN expected"},
	{"Syria gets missiles from Russia.", "2018-06-10",
	 "supplies RUS SYR asserted"},
	{"Japan got approval from the United States.", "2018-06-10",
	 ""},
	{"China handed over two patrol boats to Laos.", "2018-06-10",
	 "supplies CHN LAO asserted"},
	/* a participle phrase after the subject; retaliatory measures and
	 * tough responses promised; all necessary measures; "would be
	 * destroyed"; a possessor threatened; donors, customers, buyers,
	 * dependence on a supplier for goods (not for security) */
	{"Vladimir Putin, speaking at a news conference in Moscow, "
	 "warned Ukraine against any provocation.", "2018-06-10",
	 "threatens vladimir-putin UKR asserted"},
	{"The Kremlin said Russia would take retaliatory measures "
	 "against the United States.", "2018-06-10",
	 "threatens RUS USA asserted"},
	{"Russia took retaliatory measures against the United States.",
	 "2018-06-10", ""},
	{"Moscow promised a tough response to the new U.S. sanctions.",
	 "2018-06-10", "threatens RUS USA asserted"},
	{"Japan promised a response to China's request.", "2018-06-10",
	 ""},
	{"Beijing warned it would take 'all necessary measures' against "
	 "Taipei.", "2018-06-10",
	 "threatens CHN TWN asserted"},
	{"Donald Trump warned that North Korea would be 'totally destroyed'.",
	 "2017-06-10", "threatens donald-trump PRK asserted"},
	{"Israel threatened Iran's nuclear sites.", "2018-06-10",
	 "threatens ISR IRN asserted"},
	{"Japan is Indonesia's largest donor. Norway is the largest "
	 "donor to Kenya.", "2018-06-10",
	 "supplies JPN IDN asserted; supplies NOR KEN asserted"},
	{"China is North Korea's biggest customer.", "2018-06-10",
	 "supplies PRK CHN asserted"},
	{"India is the biggest buyer of Russian arms.", "2018-06-10",
	 "supplies RUS IND asserted"},
	{"North Korea relies on China for most of its fuel. Turkey "
	 "depends on Russian gas.", "2018-06-10",
	 "supplies CHN PRK asserted; supplies RUS TUR asserted"},
	{"Germany depends on Russia for security. Peace depends on Iran.",
	 "2018-06-10", ""},
	/* a prepositional phrase after the subject; "told B to ... or face
	 * consequences"; a deadline given is no supply; financing and grants
	 * for / to B */
	{"North Korea, in a statement, warned Japan.", "2018-06-10",
	 "threatens PRK JPN asserted"},
	{"Talks with Iran, in Geneva, failed.", "2018-06-10",
	 ""},
	{"The United States told Syria to withdraw or face consequences.",
	 "2018-06-10", "threatens USA SYR asserted"},
	{"Britain urged Iran to release the sailors or face the wrath "
	 "of the world.", "2018-06-10",
	 "threatens GBR IRN asserted"},
	{"Russia gave Ukraine until Friday to pay for its gas.", "2018-06-10",
	 ""},
	{"Washington approved $300 million in military financing for Egypt.",
	 "2018-06-10", "supplies USA EGY asserted"},
	{"Japan announced a grant to Kenya. The EU will grant Turkey "
	 "visa-free travel.", "2018-06-10",
	 "supplies JPN KEN asserted"},
	/* threats to withhold aid from B; goods packages for B (not a reform
	 * package); a main source of goods (not "a source said"); goods
	 * words before supplier, donor and customer */
	{"Donald Trump has threatened to withhold aid from Pakistan.",
	 "2017-06-10", "threatens donald-trump PAK asserted"},
	{"Washington approved a $1.4 billion arms package for Taiwan.",
	 "2018-06-10", "supplies USA TWN asserted"},
	{"Greece's parliament approved a reform package.", "2018-06-10",
	 ""},
	{"China is North Korea's main source of food and fuel.", "2018-06-10",
	 "supplies CHN PRK asserted"},
	{"A source close to the talks said Iran would buy wheat.", "2018-06-10",
	 ""},
	{"The EU is Ukraine's largest aid donor. Russia is India's "
	 "largest arms supplier.", "2018-06-10",
	 "supplies EU UKR asserted; supplies RUS IND asserted"},
	{"China is Iran's biggest oil customer.", "2018-06-10",
	 "supplies IRN CHN asserted"},
	{"The United States is the main source of weapons for Israel.",
	 "2018-06-10", "supplies USA ISR asserted"},
	/* "would not hesitate to strike" is a threat; "a stern warning" is a
	 * noun; a supplier in apposition; a reduced passive with both
	 * parties ("missiles supplied by A to B") */
	{"Iran said it would not hesitate to use force against Israel.",
	 "2018-06-10", "threatens IRN ISR asserted"},
	{"North Korea would not hesitate to strike Japan.", "2018-06-10",
	 "threatens PRK JPN asserted"},
	{"Japan hesitated to strike North Korea. Israel will not attack Iran.",
	 "2018-06-10", ""},
	{"Russia sent Ukraine a stern warning. Japan sent China a message.",
	 "2018-06-10", "threatens RUS UKR asserted"},
	{"Russia, Syria's main arms supplier, vetoed the resolution.",
	 "2018-06-10", "supplies RUS SYR asserted"},
	{"Syria's main arms supplier, Russia, vetoed the resolution.",
	 "2018-06-10", "supplies RUS SYR asserted"},
	{"Iran, Syria's ally, sold arms.", "2018-06-10",
	 ""},
	{"Missiles supplied by Russia to Syria were used in the attack.",
	 "2018-06-10", "supplies RUS SYR asserted"},
	{"Rockets supplied by Iran hit Israel.", "2018-06-10",
	 ""},
	/* scare quotes bound no argument scan ("physical action", "serious
	 * consequences"); "B would be met with fire and fury" */
	{"North Korea threatened to take \"physical action\" against "
	 "the United States.", "2018-06-10",
	 "threatens PRK USA asserted"},
	{"Russia warned of \"serious consequences\" for Britain.", "2018-06-10",
	 "threatens RUS GBR asserted"},
	{"China said it would take \"resolute countermeasures\" against "
	 "the United States.", "2018-06-10",
	 "threatens CHN USA asserted"},
	{"Donald Trump said North Korea would be met with \"fire and fury\".",
	 "2017-06-10", "threatens donald-trump PRK asserted"},
	{"The proposal was met with fury in Japan.", "2018-06-10",
	 ""},
	{"\"We will talk,\" Kenya said.", "2018-06-10",
	 ""},
	/* a retaliation without an object aims at who sanctioned the
	 * subject just before (not at a sanctioner of others, not after a
	 * lifting, not "respond to questions") */
	{"Washington imposed new sanctions on Moscow on Friday. Russia "
	 "vowed to retaliate.", "2018-06-10",
	 "sanctions USA RUS asserted; threatens RUS USA asserted"},
	{"The EU imposed sanctions on Russia. Moscow said it would respond.",
	 "2018-06-10", "sanctions EU RUS asserted; threatens RUS EU asserted"},
	{"The EU imposed sanctions on Russia. Moscow said it would "
	 "respond to questions.", "2018-06-10",
	 "sanctions EU RUS asserted"},
	{"The EU imposed sanctions on Russia. Iran vowed to retaliate.",
	 "2018-06-10", "sanctions EU RUS asserted"},
	{"The EU lifted sanctions on Russia. Russia vowed to retaliate.",
	 "2018-06-10", "sanctions EU RUS negated"},
	/* "gets U.S. arms" (goods, not support); a threat after an
	 * accusation or a rebuke, in headlines too (not after praise); "says
	 * will punish" */
	{"Pakistan Gets U.S. Arms", "2018-06-10",
	 "supplies USA PAK asserted"},
	{"Japan got Russian support.", "2018-06-10",
	 ""},
	{"Iran Accuses U.S. of Plotting, Warns of Response", "2018-06-10",
	 "threatens IRN USA asserted"},
	{"Russia slams Ukraine, threatens to cut gas", "2018-06-10",
	 "threatens RUS UKR asserted"},
	{"Russia slammed Ukraine and threatened to cut off gas supplies.",
	 "2018-06-10", "threatens RUS UKR asserted"},
	{"Russia praised Ukraine and warned of consequences.", "2018-06-10",
	 ""},
	{"U.S. says will punish Syria", "2018-06-10",
	 "threatens USA SYR asserted"},
	/* a package being crafted is planned */
	{"Washington was crafting an arms package for Taiwan.", "2018-06-10",
	 "supplies USA TWN expected"},
	/* a threat noun in a circumstance of the clause: its subject threatens */
	{"Russia, in a veiled threat to Ukraine, said it could cut gas.",
	 "2018-06-10", "threatens RUS UKR asserted"},
	{"In a warning to Japan, China sent ships near the islands.",
	 "2018-06-10", "threatens CHN JPN asserted"},
	{"Talks with Iran, in a threat to Israel, were held.", "2018-06-10",
	 ""},
	/* the one called on acts; "committed to supplying"; appeals to A
	 * for goods (not for calm) */
	{"The EU called on Russia to halt arms deliveries to Syria.",
	 "2018-06-10", "supplies RUS SYR negated"},
	{"The UN called on Iran to hold talks with the IAEA.", "2018-06-10",
	 "meets IAEA IRN requested"},
	{"Russia is committed to supplying fuel to Iran.", "2018-06-10",
	 "supplies RUS IRN asserted"},
	{"Kenya appealed to Japan for food aid. Uganda appealed to "
	 "Japan for calm.", "2018-06-10",
	 "supplies JPN KEN requested"},
	/* appositions: the person, known or new, not the title's state */
	{"Sergei Lavrov, Russia's foreign minister, met Jack Straw in London.",
	 "2005-03-10", "meets sergei-lavrov jack-straw asserted"},
	{"Russia's foreign minister, Sergei Lavrov, met Jack Straw in London.",
	 "2005-03-10", "meets sergei-lavrov jack-straw asserted"},
	{"Kenji Sato, a senior Japanese diplomat, held talks with Chinese "
	 "officials.", "2005-03-10", "meets kenji-sato CHN asserted"},
	{"Iran's top nuclear negotiator, Ali Mostafa, met EU officials in "
	 "Brussels.", "2005-03-10", "meets ali-mostafa EU asserted"},
	{"John Smith, a British tourist, visited Iran.", "2005-03-10", ""},
	{"U.S. Assistant Secretary of State Chris Hall arrived in Beijing.",
	 "2005-03-10", "meets chris-hall CHN asserted"},
	/* pairs in sentence-case headlines, peoples, meetings of, hitting back */
	{"Kenya, Uganda to resume border talks", "2005-03-10",
	 "meets KEN UGA expected"},
	{"Israel and the Palestinians resumed talks.", "2005-03-10",
	 "meets ISR PSE asserted"},
	{"The meeting of the Chinese and Japanese leaders was tense.",
	 "2005-03-10", "meets CHN JPN asserted"},
	{"Iran vowed to hit back at Israel.", "2005-03-10",
	 "threatens IRN ISR asserted"},
	{"The storm hit Japan. Aid reached quake-hit towns in Pakistan.",
	 "2005-03-10", ""},
	/* adjective lists, 'along with', visits of, speaking to a person */
	{"Kenya and Uganda, along with Rwanda, imposed trade, financial and "
	 "travel sanctions on Somalia.", "2017-12-14",
	 "sanctions KEN SOM asserted; sanctions UGA SOM asserted; "
	 "sanctions RWA SOM asserted"},
	{"Asked about a visit of Foreign Minister Ana Costa of Brazil to Kenya, "
	 "the spokesman declined to comment.", "2017-12-14",
	 "meets ana-costa KEN asserted"},
	{"Donald Trump spoke by phone to Shinzo Abe.", "2017-12-14",
	 "meets donald-trump shinzo-abe asserted"},
	{"Donald Trump spoke to the United Nations.", "2017-12-14", ""},
	/* meetings as circumstances of another clause */
	{"Emmanuel Macron assured Narendra Modi on Friday during talks in New "
	 "Delhi that the deal would hold.", "2017-11-09",
	 "meets emmanuel-macron narendra-modi asserted"},
	{"Shinzo Abe has courted India since a summit with Narendra Modi in May.",
	 "2017-11-09", "meets shinzo-abe narendra-modi asserted"},
	{"Japan and Russia seal a peace treaty.", "2017-11-09",
	 "meets JPN RUS asserted"},
	{"Russia said the talks in Geneva failed. China and Japan disagreed.",
	 "2017-11-09", ""},
	/* "the two countries", "their talks", meetings that never happened */
	{"Kenya and Uganda traded accusations while the defence ministers of "
	 "the two countries held talks.", "2005-03-10",
	 "meets KEN UGA asserted"},
	{"Justin Trudeau assured Narendra Modi at the start of their talks that "
	 "trade would grow.", "2017-11-13",
	 "meets justin-trudeau narendra-modi asserted"},
	{"Justin Trudeau is preparing for a meeting with Shinzo Abe, with "
	 "Japan's car exports the main topic of their talks.", "2017-11-13",
	 "meets justin-trudeau shinzo-abe expected"},
	{"Plans for a Putin-Erdogan summit, which never took place, were "
	 "revealed in a book.", "2017-11-13",
	 "meets vladimir-putin recep-tayyip-erdogan negated"},
	{"Justin Trudeau took a short phone call from Shinzo Abe on Monday.",
	 "2017-11-13", "meets justin-trudeau shinzo-abe asserted"},
	/* ambiguous states before a past verb, credit lines, opening calls */
	{"Turkey took delivery of Russian-made missiles.", "2018-01-01",
	 "supplies RUS TUR asserted"},
	{"China extended a $1 billion credit line to Pakistan.", "2018-01-01",
	 "supplies CHN PAK asserted"},
	{"Japan extended an invitation to Vladimir Putin.", "2018-01-01", ""},
	{"In a telephone call, George W. Bush told Vladimir Putin that Iran must "
	 "stop.", "2005-03-10", "meets george-w-bush vladimir-putin asserted"},
	{"Angela Merkel and Justin Trudeau discussed trade in a phone call, and "
	 "promised to meet soon.", "2017-12-18",
	 "meets angela-merkel justin-trudeau asserted"},
	/* shipments of a state's goods, playing host, courtesy calls */
	{"Shipments of Russian weapons to Syria continued.", "2018-01-01",
	 "supplies RUS SYR asserted"},
	{"Japan played host to Vladimir Putin in December.", "2018-01-01",
	 "meets JPN vladimir-putin asserted"},
	{"Shinzo Abe paid a courtesy call on Vladimir Putin.", "2018-01-01",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"The United States called on Russia to withdraw.", "2018-01-01", ""},
	/* a person in another state is visiting it */
	{"Colin Powell is in Beijing. He will meet Chinese leaders on Monday.",
	 "2004-11-10", "meets colin-powell CHN asserted; "
	 "meets colin-powell CHN expected"},
	{"Kim Jong-un will be in Moscow next week.", "2019-04-10",
	 "meets kim-jong-un RUS expected"},
	{"Vladimir Putin, who is in Moscow, spoke. The U.S. is in Iraq.",
	 "2019-04-10", ""},
	/* "it" opening a sentence continues the state the last one opened with */
	{"Japan will send troops to Iraq. It will also give $1 billion in aid to "
	 "the country.", "2004-11-10", "supplies JPN IRQ expected"},
	{"Norway summoned the Russian envoy. It later imposed sanctions on "
	 "Russia.", "2017-10-04", "sanctions NOR RUS asserted"},
	/* curbs on trade are bans; halted supplies are negated supplies */
	{"China suspended trade with North Korea.", "2017-09-10",
	 "sanctions CHN PRK asserted"},
	{"Kenya and Rwanda cut trade and diplomatic ties with Somalia.",
	 "2017-09-10", "sanctions KEN SOM asserted; sanctions RWA SOM asserted"},
	{"China halted oil shipments to North Korea.", "2017-09-10",
	 "supplies CHN PRK negated"},
	{"The United States halted aid to Egypt. Iran suspended talks with the "
	 "EU. Japan cut interest rates.", "2017-09-10",
	 "supplies USA EGY negated; meets EU IRN negated"},
	/* nominal talks between two named parties; "between" of places,
	 * distances and time relates no one */
	{"The dialogue between Serbia and Kenya resumed on Monday.", "2020-01-01",
	 "meets KEN SRB asserted"},
	{"Direct negotiations between Serbia and Kenya will resume in May.",
	 "2020-01-01", "meets KEN SRB expected"},
	{"The peace process between Israel and Jordan stalled last year.",
	 "2020-01-01", "meets ISR JOR asserted"},
	{"Talks between Kenya and Uganda broke down on Friday.", "2020-01-01",
	 "meets KEN UGA asserted"},
	{"Consultations between Kenya and Uganda were cancelled.", "2020-01-01",
	 "meets KEN UGA negated"},
	{"The legal process between Israel and Jordan stalled.", "2020-01-01", ""},
	{"The border between Kenya and Uganda was closed. Flights between Kenya "
	 "and Uganda resumed.", "2020-01-01", ""},
	{"The gap between Kenya and Uganda narrowed between 2001 and 2004.",
	 "2020-01-01", ""},
	{"Thailand and Laos will rely on both pressure and dialogue.",
	 "2020-01-01", ""},
	{"Thailand is open to talks with Laos.", "2020-01-01",
	 "meets LAO THA possible"},
	/* people who stand for a state: a plain noun + "from X" */
	{"Mongolia held a meeting with prosecutors from Laos.", "2020-01-01",
	 "meets LAO MNG asserted"},
	{"Mongolia called off a meeting with a delegation from Laos.",
	 "2020-01-01", "meets LAO MNG negated"},
	{"Mongolia met with representatives from Laos on Monday.", "2020-01-01",
	 "meets LAO MNG asserted"},
	{"Mongolia met lawyers from Laos. Mongolia held a meeting in Laos.",
	 "2020-01-01", ""},
	/* a plural subject standing for a pair named before */
	{"Nigeria and Chad clashed over water as their defence ministers wrapped "
	 "up talks.", "2020-01-01", "meets NGA TCD asserted"},
	{"Nigeria and Chad clashed over water as the two countries concluded "
	 "their talks.", "2020-01-01", "meets NGA TCD asserted"},
	{"Nigeria and Chad clashed over water. The two sides concluded their "
	 "talks on Friday.", "2020-01-01", "meets NGA TCD asserted"},
	{"Nigeria and Chad clashed over water. Their envoys ended talks in Rome.",
	 "2020-01-01", "meets NGA TCD asserted"},
	{"Nigeria and Chad clashed over water. Their officials said little.",
	 "2020-01-01", ""},
	/* ready or willing to sign: possible */
	{"Peru is willing to sign a trade agreement with Cuba.", "2020-01-01",
	 "meets CUB PER possible"},
	{"Peru is ready to sign a protocol with Cuba.", "2020-01-01",
	 "meets CUB PER possible"},
	{"Peru said it was willing to help Cuba.", "2020-01-01", ""},
	/* ", and" closes a clause unless a list runs before it */
	{"Peru visited Cuba, and Iran and Iraq held talks.", "2020-01-01",
	 "meets CUB PER asserted; meets IRN IRQ asserted"},
	{"Peru sanctioned Cuba, and Iran threatened Iraq.", "2020-01-01",
	 "sanctions PER CUB asserted; threatens IRN IRQ asserted"},
	{"Peru, Cuba, and Mexico imposed sanctions on Venezuela.", "2020-01-01",
	 "sanctions CUB VEN asserted; sanctions MEX VEN asserted; "
	 "sanctions PER VEN asserted"},
	{"Canada sent tanks to Romania, Bulgaria, and Poland.", "2020-01-01",
	 "supplies CAN ROU asserted; supplies CAN BGR asserted; "
	 "supplies CAN POL asserted"},
	/* give and send with two objects */
	{"Norway gave Nigeria medical supplies.", "2020-01-01",
	 "supplies NOR NGA asserted"},
	{"Norway will send Nigeria 20 tanks.", "2020-01-01",
	 "supplies NOR NGA expected"},
	{"Norway did not give Nigeria any weapons.", "2020-01-01",
	 "supplies NOR NGA negated"},
	{"Norway sent Nigeria a message. Norway gave Nigeria a warm welcome.",
	 "2020-01-01", ""},
	{"Norway sold U.S. rifles to the rebels. Norway gave U.S. rifles back.",
	 "2020-01-01", ""},
	/* a threat's infinitive is its content; stopped goods are negated;
	 * curbed trade is a sanction; an offer of goods is a pledge */
	{"Peru threatened to impose sanctions on Cuba.", "2020-01-01",
	 "threatens PER CUB asserted"},
	{"Norway stopped gas deliveries to Nigeria.", "2020-01-01",
	 "supplies NOR NGA negated"},
	{"Norway's prime minister stopped in Nigeria on his way home.",
	 "2020-01-01", ""},
	{"Norway restricted exports to Nigeria.", "2020-01-01",
	 "sanctions NOR NGA asserted"},
	{"Norway curbed oil imports from Nigeria.", "2020-01-01",
	 "sanctions NOR NGA asserted"},
	{"Poland's Acme Mining halted its coal exports to Serbia.", "2020-01-01",
	 ""},
	{"Norway offered Nigeria a loan.", "2020-01-01",
	 "supplies NOR NGA expected"},
	{"Norway offered military support to Nigeria.", "2020-01-01",
	 "supplies NOR NGA expected"},
	{"Norway offered its support to Nigeria. Norway offers to help Nigeria.",
	 "2020-01-01", ""},
	{"Norway offered condolences to Nigeria.", "2020-01-01", ""},
	/* "A and his counterpart", sitting down, shaking hands, received by */
	{"Vladimir Putin and his Turkish counterpart met in Sochi.", "2018-06-10",
	 "meets TUR vladimir-putin asserted"},
	{"Xi Jinping met Vladimir Putin and his wife.", "2018-06-10",
	 "meets vladimir-putin xi-jinping asserted"},
	{"Vladimir Putin sat down with Shinzo Abe in Sochi.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin sat on the board with Shinzo Abe.", "2018-06-10", ""},
	{"Vladimir Putin and Shinzo Abe shook hands in Sochi.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Shinzo Abe was received by Vladimir Putin in the Kremlin.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Japan's proposal was received by Russia. The letter was received by "
	 "Vladimir Putin.", "2018-06-10", ""},
	/* sanctions on a state's banks and firms; hit B with sanctions;
	 * ultimatums; sanctions lists; threats to sanction */
	{"Washington blacklisted three Russian banks.", "2018-06-10",
	 "sanctions USA RUS asserted"},
	{"Canada sanctioned five Iranian companies on Monday.", "2018-06-10",
	 "sanctions CAN IRN asserted"},
	{"Washington welcomed new EU sanctions.", "2018-06-10", ""},
	{"The United States hit Russia and Iran with sanctions.", "2018-06-10",
	 "sanctions USA IRN asserted; sanctions USA RUS asserted"},
	{"The EU slapped Belarus with tough sanctions.", "2018-06-10",
	 "sanctions EU BLR asserted"},
	{"Russia vowed to hit Norway with sanctions.", "2018-06-10",
	 "threatens RUS NOR asserted"},
	{"The storm hit Russia with force.", "2018-06-10", ""},
	{"Russia handed Norway and Finland an ultimatum.", "2018-06-10",
	 "threatens RUS FIN asserted; threatens RUS NOR asserted"},
	{"Russia gave Norway a loan.", "2018-06-10", "supplies RUS NOR asserted"},
	{"The EU placed Russian officials on its sanctions list.", "2018-06-10",
	 "sanctions EU RUS asserted"},
	{"China threatened to ban imports from Japan.", "2018-06-10",
	 "threatens CHN JPN asserted"},
	{"Iran threatened to blacklist British banks that lend to Israel.",
	 "2018-06-10", ""},
	/* loans secured, won, borrowed, lent; grants; "a UN delegation";
	 * "with both A and B" */
	{"Egypt secured a loan from the IMF.", "2018-06-10",
	 "supplies IMF EGY asserted"},
	{"Egypt won a loan from the IMF. Egypt won praise from the IMF.",
	 "2018-06-10", "supplies IMF EGY asserted"},
	{"Egypt won the match against Japan.", "2018-06-10", ""},
	{"Egypt borrowed $2 billion from China. Egypt borrowed the idea from "
	 "Japan.", "2018-06-10", "supplies CHN EGY asserted"},
	{"China is lending Egypt money.", "2018-06-10",
	 "supplies CHN EGY asserted"},
	{"The IMF gave Egypt a grant.", "2018-06-10", "supplies IMF EGY asserted"},
	{"Kenya is receiving Japanese aid.", "2018-06-10",
	 "supplies JPN KEN asserted"},
	{"Egypt secured a deal with China.", "2018-06-10",
	 "meets CHN EGY asserted"},
	{"A UN delegation arrived in Somalia.", "2018-06-10",
	 "meets SOM UN asserted"},
	{"A U.S. request was sent to Kenya.", "2018-06-10", ""},
	{"France held talks with both Lebanon and Saudi Arabia.", "2018-06-10",
	 "meets FRA LBN asserted; meets FRA SAU asserted"},
	{"Merkel relied on German links with both Egypt and Jordan to close an "
	 "agreement.", "2018-06-10", ""},
	/* returning from a state, attending a summit in one; counterparts */
	{"Uhuru Kenyatta returned home from Uganda on Sunday.", "2018-06-10",
	 "meets UGA uhuru-kenyatta asserted"},
	{"Kenya's foreign minister returned from Uganda.", "2018-06-10",
	 "meets KEN UGA asserted"},
	{"Uhuru Kenyatta returned to Kenya. Kenyan troops returned from Somalia.",
	 "2018-06-10", ""},
	{"Norway's favourite painter returned from Peru last spring.",
	 "2018-06-10", ""},
	{"Uhuru Kenyatta returned from exile in London.", "2018-06-10", ""},
	{"Kenya's president will attend a summit in Uganda.", "2018-06-10",
	 "meets UGA uhuru-kenyatta expected"},
	{"Uhuru Kenyatta attended a wedding in Kampala.", "2018-06-10", ""},
	{"Kenyan negotiators met their Ugandan counterparts.", "2018-06-10",
	 "meets KEN UGA asserted"},
	/* sentence-case headlines: "A, B verb", "between A, B"; the goods'
	 * noun of a supply verb; goods cut off */
	{"Japan, Kenya sign trade deal", "2018-06-10", "meets JPN KEN asserted"},
	{"China, Japan hold first talks in years", "2018-06-10",
	 "meets CHN JPN asserted"},
	{"Talks between Japan, China resume", "2018-06-10",
	 "meets CHN JPN asserted"},
	/* (no headline pair; a donor gives: "Kenya's biggest donor" is a
	 * supply) */
	{"Japan, Kenya's biggest donor, sent aid", "2018-06-10",
	 "supplies JPN KEN asserted"},
	{"Japan to send aid to Kenya", "2018-06-10", "supplies JPN KEN expected"},
	{"Japan pledges aid to Kenya", "2018-06-10", "supplies JPN KEN expected"},
	{"Russia cuts gas to Ukraine", "2018-06-10", "supplies RUS UKR negated"},
	{"Russia halted fuel to Ukraine on Monday.", "2018-06-10",
	 "supplies RUS UKR negated"},
	{"Russia cut its forces to Ukraine. Japan cut interest rates to 1 "
	 "percent.", "2018-06-10", ""},
	/* model names in goods; "began / stopped / kept" + gerund; orders */
	{"Delivery of Russian S-300 missiles to Syria began.", "2018-06-10",
	 "supplies RUS SYR asserted"},
	{"India is buying Russian S-400s.", "2018-06-10",
	 "supplies RUS IND asserted"},
	{"Russia began delivering missiles to Syria.", "2018-06-10",
	 "supplies RUS SYR asserted"},
	{"Russia stopped selling oil to Syria.", "2018-06-10",
	 "supplies RUS SYR negated"},
	{"Russia will continue supplying gas to Syria.", "2018-06-10",
	 "supplies RUS SYR expected"},
	{"Syria ordered 20 jets from Russia.", "2018-06-10",
	 "supplies RUS SYR asserted"},
	{"Putin ordered the withdrawal of troops from Syria. Russia ordered "
	 "diplomats from Syria to leave.", "2018-06-10", ""},
	/* calls, video conferences, meals */
	{"Shinzo Abe called Vladimir Putin on Monday.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Shinzo Abe called Vladimir Putin to wish him well.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Shinzo Abe called Vladimir Putin a friend. Japan called Iran "
	 "reckless. Shinzo Abe called on Vladimir Putin to act.", "2018-06-10",
	 ""},
	{"Shinzo Abe made a phone call to Vladimir Putin.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin and Shinzo Abe held a video conference.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin and Shinzo Abe attended a conference.", "2018-06-10",
	 ""},
	{"Vladimir Putin hosted a dinner for Shinzo Abe.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin had lunch with Shinzo Abe.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin dined with Shinzo Abe.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Vladimir Putin had lunch with reporters. Japan and Russia had praised "
	 "the dinner as warm.", "2018-06-10", ""},
	/* officials present in a state, going to one, touring states; a
	 * long noun phrase before "was cancelled" */
	{"Japan's foreign minister is currently in China.", "2018-06-10",
	 "meets CHN JPN asserted"},
	{"The Japanese ambassador is in China. U.S. troops are in Iraq.",
	 "2018-06-10", ""},
	{"Japan's foreign minister went to China.", "2018-06-10",
	 "meets CHN JPN asserted"},
	{"Japan's foreign minister will head to China next week.", "2018-06-10",
	 "meets CHN JPN expected"},
	{"Japan went to the WTO over the dispute. Japan went to war with China.",
	 "2018-06-10", ""},
	{"Japan's foreign minister began a tour of China, Vietnam and Laos.",
	 "2018-06-10",
	 "meets CHN JPN asserted; meets JPN LAO asserted; meets JPN VNM asserted"},
	{"Australia's tour of India was a success.", "2018-06-10", ""},
	{"A visit to China by the Japanese foreign minister was postponed.",
	 "2018-06-10", "meets CHN JPN negated"},
	{"Talks between Kenya and Uganda in Nairobi resumed after they had been "
	 "suspended.", "2018-06-10", "meets KEN UGA asserted"},
	{"The Japanese foreign minister's visit to China later this month will "
	 "not be affected.", "2018-06-10", "meets CHN JPN expected"},
	/* talks still to come; "their" over adjectives; legislatures */
	{"Shinzo Abe and Vladimir Putin are nearing common ground ahead of their "
	 "first face-to-face talks.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin expected"},
	{"Shinzo Abe spoke to reporters before his meeting with Vladimir Putin.",
	 "2018-06-10", "meets shinzo-abe vladimir-putin expected"},
	{"Shinzo Abe spoke before meeting Vladimir Putin.", "2018-06-10",
	 "meets shinzo-abe vladimir-putin asserted"},
	{"Shinzo Abe and Vladimir Putin traded barbs after their long-awaited "
	 "talks.", "2018-06-10", "meets shinzo-abe vladimir-putin asserted"},
	{"Theresa May toured the EU legislature.", "2018-06-10",
	 "meets EU theresa-may asserted"},
	/* subordinate subjects in title-case headlines; calls to a person */
	{"Protests Grow in Kabul as Putin Visits Pakistan", "2004-12-24",
	 "meets PAK vladimir-putin asserted"},
	{"Tony Blair defended his congratulatory call to George W. Bush.",
	 "2004-12-24", "meets george-w-bush tony-blair asserted"},
	{"Critics mocked Putin's phone call to Bush.", "2004-12-24",
	 "meets george-w-bush vladimir-putin asserted"},
	{"Putin's call to arms was heard. The call to Bush was brief.",
	 "2004-12-24", ""},
	/* "not yet" is no clause break; "After his meeting with B, A said" */
	{"Emmanuel Macron, who has not yet flown to Kenya, met envoys from "
	 "Uganda and Egypt on Monday.", "2018-06-10",
	 "meets UGA emmanuel-macron asserted; meets EGY emmanuel-macron asserted"},
	{"Kenya has not yet visited Uganda.", "2018-06-10",
	 "meets KEN UGA negated"},
	{"Before her talks with Vladimir Putin, Theresa May met reporters.",
	 "2018-06-10", "meets theresa-may vladimir-putin expected"},
	{"After his meeting with Emmanuel Macron, the ministers said nothing.",
	 "2018-06-10", ""},
	/* who is subject to or under a state's sanctions; the sanctions A
	 * imposed on B */
	{"North Korea is subject to Japanese sanctions.", "2018-06-10",
	 "sanctions JPN PRK asserted"},
	{"North Korea, already under Japanese sanctions, fired a missile.",
	 "2018-06-10", "sanctions JPN PRK asserted"},
	{"The plan, under U.N. sanctions rules, failed.", "2018-06-10", ""},
	{"The sanctions Japan and the EU have imposed on North Korea hurt "
	 "trade.", "2018-06-10",
	 "sanctions EU PRK asserted; sanctions JPN PRK asserted"},
	{"The sanctions Japan wants on North Korea are tough.", "2018-06-10", ""},
	/* cautions; bailouts */
	{"Iran cautioned Saudi Arabia against meddling.", "2018-06-10",
	 "threatens IRN SAU asserted"},
	{"Iran cautioned that oil prices could rise.", "2018-06-10", ""},
	{"The IMF agreed a bailout for Greece.", "2018-06-10",
	 "supplies IMF GRC expected"},
	{"Greece received a bailout from the EU.", "2018-06-10",
	 "supplies EU GRC asserted"},
	{"Greek banks need a bailout.", "2018-06-10", ""},
	/* goods given "to help B"; thanks for aid */
	{"Japan will provide $10 million to help Kenya fight drought.",
	 "2018-06-10", "supplies JPN KEN expected"},
	{"Japan sent troops to help Kenya.", "2018-06-10", ""},
	{"Kenya thanked Japan for its aid.", "2018-06-10",
	 "supplies JPN KEN asserted"},
	{"Kenya thanked Japan for its support. Kenya criticized Japan for its "
	 "aid cuts.", "2018-06-10", ""},
	/* relief of a state's origin arriving in another */
	{"Japanese relief supplies arrived in Kenya.", "2018-06-10",
	 "supplies JPN KEN asserted"},
	{"The first Japanese aid shipment has arrived in Kenya.", "2018-06-10",
	 "supplies JPN KEN asserted"},
	{"Russian warships arrived in Syria. Chinese tourists arrived in Kenya.",
	 "2018-06-10", ""},
	/* feed debris */
	{"Libya #39;s leader met Egypt #39;s president.", "2004-10-15",
	 "meets moammar-gadhafi EGY asserted"},
	{NULL, NULL, NULL}};

static geokg_extractor *X;

static void setup(void)
{
	char path[4096];
	const char *src = getenv("srcdir");
	geokg_graph *w = NULL;
	geokg_error err;
	snprintf(path, sizeof path, "%s/tests/data/extract-world.json",
	         src ? src : ".");
	ck_assert_msg(geokg_graph_load(&w, path, &err) == 0, "%s", err.message);
	ck_assert_int_eq(geokg_extractor_new(&X, w, &err), 0);
	geokg_graph_free(w);
}

static void teardown(void)
{
	geokg_extractor_free(X);
	X = NULL;
}

/* The edges of g as "type source target modality" sorted, "; "-joined. */
static void edges_string(const geokg_graph *g, char *out, size_t cap)
{
	size_t n = geokg_graph_edge_count(g), k = 0;
	char **lines = calloc(n + 1, sizeof *lines);
	out[0] = 0;
	for (size_t i = 0; i < n; i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);
		const char *s = geokg_graph_node(g, e->source)->id;
		const char *t = geokg_graph_node(g, e->target)->id;
		char buf[256];
		snprintf(buf, sizeof buf, "%s %s %s %s", geokg_type_name(e->type), s,
		         t, geokg_modality_name(e->modality));
		lines[k++] = strdup(buf);
	}
	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++)
			if (strcmp(lines[j], lines[i]) < 0) {
				char *x = lines[i];
				lines[i] = lines[j];
				lines[j] = x;
			}
	for (size_t i = 0; i < k; i++) {
		if (i)
			strncat(out, "; ", cap - strlen(out) - 1);
		strncat(out, lines[i], cap - strlen(out) - 1);
		free(lines[i]);
	}
	free(lines);
}

/* The wanted edges, sorted the same way (meets may be written either way
 * round: both orders are tried). */
static int same_edges(const char *got, const char *want)
{
	char w[2048], *parts[32], *save = NULL, *p;
	size_t n = 0;
	char norm[2048] = "";
	snprintf(w, sizeof w, "%s", want);
	for (p = strtok_r(w, ";", &save); p && n < 32; p = strtok_r(NULL, ";", &save)) {
		while (*p == ' ')
			p++;
		parts[n++] = p;
	}
	/* every wanted edge present (meets in either direction) */
	for (size_t i = 0; i < n; i++) {
		char ty[32], s[96], t[96], m[32], alt[256];
		if (sscanf(parts[i], "%31s %95s %95s %31s", ty, s, t, m) != 4)
			return 0;
		snprintf(alt, sizeof alt, "%s %s %s %s", ty, t, s, m);
		if (!strstr(got, parts[i]) && !(strcmp(ty, "meets") == 0 &&
		                                 strstr(got, alt)))
			return 0;
		strcat(norm, "x");
	}
	/* and nothing else */
	{
		size_t count = 0;
		const char *q = got;
		if (*got)
			count = 1;
		while ((q = strstr(q, "; "))) {
			count++;
			q += 2;
		}
		return count == n;
	}
}

START_TEST(test_case)
{
	geokg_graph *g = NULL;
	geokg_document d;
	geokg_error err;
	char got[4096];
	memset(&d, 0, sizeof d);
	d.id = "t";
	d.date = cases[_i].date;
	d.text = cases[_i].text;
	d.len = strlen(cases[_i].text);
	ck_assert_msg(geokg_extract(&g, X, &d, NULL, &err) == 0, "%s", err.message);
	edges_string(g, got, sizeof got);
	ck_assert_msg(same_edges(got, cases[_i].want),
	              "case %d: \"%s\"\n  got:  [%s]\n  want: [%s]", _i,
	              cases[_i].text, got, cases[_i].want);
	geokg_graph_free(g);
}
END_TEST

/* Evidence: document, date, sentence number, span of the sentence. */
START_TEST(test_evidence)
{
	const char *text = "Nothing here.\n\nCanada imposed sanctions on Iran.";
	geokg_graph *g = NULL;
	geokg_document d = {"doc-1", "2020-02-02", text, strlen(text)};
	geokg_extract_info info;
	const geokg_edge *e;
	ck_assert_int_eq(geokg_extract(&g, X, &d, &info, NULL), 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	e = geokg_graph_edge(g, 0);
	ck_assert_uint_eq(e->n_evidence, 1);
	ck_assert_str_eq(e->evidence[0].doc, "doc-1");
	ck_assert_str_eq(e->evidence[0].date, "2020-02-02");
	ck_assert_int_eq(e->evidence[0].sentence, 1);
	ck_assert_int_eq(e->evidence[0].start, 15);
	ck_assert_int_eq(e->evidence[0].end, (long)strlen(text));
	ck_assert_str_eq(e->evidence[0].text, "Canada imposed sanctions on Iran.");
	ck_assert_uint_eq(info.sentences, 2);
	ck_assert_uint_eq(info.invalid_bytes, 0);
	/* nodes: the two actors, with names */
	ck_assert_uint_eq(geokg_graph_node_count(g), 2);
	ck_assert_int_ge(geokg_graph_find(g, "CAN"), 0);
	ck_assert_str_eq(geokg_graph_node(g, (size_t)geokg_graph_find(g, "IRN"))->name,
	                 "Iran");
	geokg_graph_free(g);
}
END_TEST

/* The object supplied: the noun phrase, without its article or the lead
 * words of a quantity, its "of" and "and" kept. */
static const struct {
	const char *text, *object;
} objects[] = {
	{"Iran supplied Syria with drones.", "drones"},
	{"Germany has supplied Ukraine with four more self-propelled howitzers, "
	 "the ministry said.", "four more self-propelled howitzers"},
	{"Norway delivered more than 1,000 containers of shells and fuel to Poland.",
	 "1,000 containers of shells and fuel"},
	{"Japan is sending up to 600 engineers to Kenya.", "600 engineers"},
	{"Egypt received a shipment of wheat from Ukraine.", "shipment of wheat"},
	{"Russia sold Turkey the S-400 missile defence system.",
	 "S-400 missile defence system"},
	{"Canada sent food and tents to Kenya and Uganda.", "food and tents"},
	{"Norway gave Nigeria 300 tons of rice.", "300 tons of rice"},
};

START_TEST(test_object)
{
	const char *text = objects[_i].text;
	geokg_graph *g = NULL;
	geokg_document d = {"o", "2023-01-01", text, strlen(text)};
	size_t seen = 0;
	ck_assert_int_eq(geokg_extract(&g, X, &d, NULL, NULL), 0);
	for (size_t i = 0; i < geokg_graph_edge_count(g); i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);
		if (e->type != GEOKG_TYPE_SUPPLIES)
			continue;
		ck_assert_msg(e->object && strcmp(e->object, objects[_i].object) == 0,
		              "%s: object '%s', want '%s'", text,
		              e->object ? e->object : "(none)", objects[_i].object);
		seen++;
	}
	ck_assert_msg(seen >= 1, "%s: no supplies edge", text);
	geokg_graph_free(g);
}
END_TEST

/* The place of a meeting. */
START_TEST(test_location)
{
	const char *text = "Putin met Xi in Vladivostok.";
	geokg_graph *g = NULL;
	geokg_document d = {"o", "2023-01-01", text, strlen(text)};
	ck_assert_int_eq(geokg_extract(&g, X, &d, NULL, NULL), 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	ck_assert_str_eq(geokg_graph_edge(g, 0)->location, "Vladivostok");
	geokg_graph_free(g);
}
END_TEST

START_TEST(test_bad_input)
{
	const char bin[] = "Iran\0met Iraq";
	geokg_graph *g = NULL;
	geokg_document d = {"b", NULL, bin, sizeof bin - 1};
	geokg_error err;
	ck_assert_int_eq(geokg_extract(&g, X, &d, NULL, &err), GEOKG_EINVAL);
	ck_assert_ptr_null(g);
	ck_assert(strstr(err.message, "not text") != NULL);
	d.text = "Iran met Iraq.";
	d.len = strlen(d.text);
	d.date = "2023-13-01";
	ck_assert_int_eq(geokg_extract(&g, X, &d, NULL, &err), GEOKG_EINVAL);
	ck_assert(strstr(err.message, "date") != NULL);
	/* empty input: an empty graph */
	d.date = NULL;
	d.text = "";
	d.len = 0;
	ck_assert_int_eq(geokg_extract(&g, X, &d, NULL, &err), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 0);
	geokg_graph_free(g);
}
END_TEST

START_TEST(test_invalid_utf8)
{
	const char text[] = "Iran \xff\xfe met Iraq.";
	geokg_graph *g = NULL;
	geokg_document d = {"u", NULL, text, sizeof text - 1};
	geokg_extract_info info;
	ck_assert_int_eq(geokg_extract(&g, X, &d, &info, NULL), 0);
	ck_assert_uint_eq(info.invalid_bytes, 2);
	geokg_graph_free(g);
}
END_TEST

/* Many threads on one extractor give what one thread gives. */
typedef struct job {
	const char *text;
	char out[4096];
} job;

static void *run_job(void *p)
{
	job *j = p;
	for (int r = 0; r < 20; r++) {
		geokg_graph *g = NULL;
		geokg_document d = {"c", "2023-01-01", j->text, strlen(j->text)};
		if (geokg_extract(&g, X, &d, NULL, NULL))
			return NULL;
		edges_string(g, j->out, sizeof j->out);
		geokg_graph_free(g);
	}
	return p;
}

START_TEST(test_threads)
{
	enum { N = 4 };
	pthread_t th[N];
	job jobs[N];
	for (int i = 0; i < N; i++) {
		jobs[i].text = cases[i].text;
		ck_assert_int_eq(pthread_create(&th[i], NULL, run_job, &jobs[i]), 0);
	}
	for (int i = 0; i < N; i++) {
		void *r;
		ck_assert_int_eq(pthread_join(th[i], &r), 0);
		ck_assert_ptr_nonnull(r);
		ck_assert_msg(same_edges(jobs[i].out, cases[i].want), "thread %d", i);
	}
}
END_TEST

static Suite *suite_extract(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("core");
	int n = 0;
	while (cases[n].text)
		n++;
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_case, 0, n);
	tcase_add_test(tc, test_evidence);
	tcase_add_loop_test(tc, test_object, 0, sizeof objects / sizeof objects[0]);
	tcase_add_test(tc, test_location);
	tcase_add_test(tc, test_bad_input);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_threads);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_extract());
	int failed;
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
