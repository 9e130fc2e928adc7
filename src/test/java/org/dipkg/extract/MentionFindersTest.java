package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Span;
import org.junit.jupiter.api.Test;

class MentionFindersTest {

    @Test
    void findsLeadersByLexiconAndByTitle() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        List<String> persons = Genre.labels(a, EntityType.PERSON);
        assertTrue(persons.contains("习近平"), persons.toString());
        assertTrue(persons.contains("马克龙"), persons.toString());
    }

    @Test
    void givesAPersonTheCountryNamedBeforeTheirTitle() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        Mention macron = a.mentions().stream().filter(m -> m.label().equals("马克龙")).findFirst().orElseThrow();
        assertEquals("FR", macron.country());
        assertEquals("总统", macron.role());
    }

    @Test
    void inventsNoPersonFromLeaderPhrases() {
        DocumentAnalysis a = Genre.analyse("两国元首同意继续保持沟通。两国和国际社会高度关注。海空安全很重要。");
        assertEquals(List.of(), Genre.labels(a, EntityType.PERSON));
    }

    @Test
    void extendsAMechanismNameLeftOverItsModifiers() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        List<String> mech = Genre.labels(a, EntityType.MECHANISM);
        assertTrue(mech.contains("中法数字经济对话"), mech.toString());
        assertTrue(mech.contains("中法航空合作联委会"), mech.toString());
        assertTrue(mech.contains("中法高级别人文交流机制会议"), mech.toString());
    }

    @Test
    void typesAWorkingGroupByItsHead() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        assertEquals(List.of("中法海洋合作工作组"), Genre.labels(a, EntityType.WORKING_GROUP));
    }

    @Test
    void takesAVerbOfCommunicationWithoutModifierAsNoMechanism() {
        DocumentAnalysis a = Genre.analyse("两国元首同意继续保持密切沟通，双方要加强对话。");
        assertEquals(List.of(), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void takesALeadersMeetingAsAnEventNotAMechanism() {
        DocumentAnalysis a = Genre.analyse("国家主席习近平在北京同法国总统马克龙举行中法元首会晤。");
        assertFalse(Genre.labels(a, EntityType.MECHANISM).stream().anyMatch(l -> l.contains("元首")));
    }

    @Test
    void takesAHeadlinesHoldTalksAsNoMechanism() {
        // HanLP reads 举行会谈 as one verb: the leader before it does not make a mechanism's name
        DocumentAnalysis a = Genre.analyse("习近平同法国总统马克龙举行会谈\n\n两国元首同意重启中法战略对话。");
        assertEquals(List.of("中法战略对话"), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void findsAWorkingGroupNamedBeforeItsWork() {
        DocumentAnalysis a = Genre.analyse("王毅同法国外长举行会谈。双方同意推进中法海关合作工作组工作。");
        assertEquals(List.of("中法海关合作工作组"), Genre.labels(a, EntityType.WORKING_GROUP));
    }

    @Test
    void startsANameAfterTheVerbHanLpTookIntoIt() {
        // in some contexts HanLP reads 推进…工作组 as one organisation name
        String text = "推进中法海关合作工作组工作";
        List<Token> tokens = List.of(new Token("推进中法海关合作工作组", "nt", new Span(0, 11)),
                new Token("工作", "vn", new Span(11, 13)));
        PhraseExtender extender = new PhraseExtender(new Cues(RuleData.bundled()), java.util.Set.of(), true);
        assertEquals("中法海关合作工作组", text.substring(extender.extend(tokens, 8, 11), 11));
    }

    @Test
    void takesAMinistryInAMinistersTitleAsNoOrganisation() {
        DocumentAnalysis a = Genre.analyse("外交部长王毅在北京会见来访客人。外交部发言人介绍了有关情况。");
        List<Mention> ministries = a.mentions().stream().filter(m -> m.label().equals("外交部")).toList();
        assertEquals(1, ministries.size(), ministries.toString());
        assertEquals(EntityType.ORGANIZATION, ministries.get(0).type());
        assertTrue(ministries.get(0).span().start() > 10);
    }

    @Test
    void namesABodyForTheCooperationItIsFor() {
        DocumentAnalysis a = Genre.analyse("两国元首同意建立中德气候对话合作机制。双方就合作愿景交换了意见。");
        assertEquals(List.of("中德气候对话合作机制"), Genre.labels(a, EntityType.MECHANISM));
        assertEquals(List.of(), Genre.labels(a, EntityType.DOCUMENT));
    }

    @Test
    void readsAPressConferencesSpokespersonAndANewRoundOfAMechanism() {
        DocumentAnalysis a = Genre.analyse("外交部发言人毛宁主持例行记者会。据报道，两国将举行新一轮海洋事务磋商。");
        assertTrue(Genre.labels(a, EntityType.PERSON).contains("毛宁"), Genre.labels(a, EntityType.PERSON).toString());
        assertEquals(List.of("海洋事务磋商"), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void anEverydayWordNamesAMechanismOnlyWithAScopeBetweenStates() {
        DocumentAnalysis a = Genre.analyse("李强同越南总理会谈。双方同意加强战略沟通，完善体制机制，恢复两军防务磋商和联合巡逻对话。");
        assertEquals(List.of("两军防务磋商", "联合巡逻对话"), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void aMechanismsNameEndsBeforeAHeadUsedAsAVerbOrAComplement() {
        DocumentAnalysis verb = Genre.analyse("双方同意通过中日经贸磋商机制协商解决分歧。");
        assertEquals(List.of("中日经贸磋商机制"), Genre.labels(verb, EntityType.MECHANISM));
        DocumentAnalysis complement = Genre.analyse("双方同意充分发挥好中韩海洋事务对话机制作用。");
        assertEquals(List.of("中韩海洋事务对话机制"), Genre.labels(complement, EntityType.MECHANISM));
    }

    @Test
    void fieldsTheSidesTalkAboutAreNoChannelsOfTheirOwn() {
        DocumentAnalysis a = Genre.analyse("中方愿同法方加强在绿色金融、清洁能源等领域对话和合作。");
        assertEquals(List.of(), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void anAttendeeLineNamesItsPeopleWithOrWithoutEtAl() {
        DocumentAnalysis a = Genre.analyse("李强会见新加坡总理。\n\n丁薛祥、谌贻琴等参加会见。\n\n吴政隆、秦中华，以及新加坡政府官员出席上述活动。");
        List<String> people = Genre.labels(a, EntityType.PERSON);
        for (String name : List.of("丁薛祥", "谌贻琴", "吴政隆", "秦中华")) {
            assertTrue(people.contains(name), name + " in " + people);
        }
    }

    @Test
    void aNumberedResolutionIsANamedDocument() {
        DocumentAnalysis a = Genre.analyse("双方呼吁落实联合国安理会第2417号决议。");
        assertTrue(Genre.labels(a, EntityType.DOCUMENT).stream().anyMatch(d -> d.endsWith("第2417号决议")),
                Genre.labels(a, EntityType.DOCUMENT).toString());
    }

    @Test
    void aNameBeforeAStateTitleAfterAJoiningWordIsAPerson() {
        DocumentAnalysis a = Genre.analyse("李强同范文同总书记举行会谈。双方与两国元首一道出席仪式。");
        assertEquals(List.of("李强", "范文同"), Genre.labels(a, EntityType.PERSON));
    }

    @Test
    void aSidesPartyWordIsNoPersonsName() {
        DocumentAnalysis a = Genre.analyse("王毅同欧盟外长举行会谈。\n\n欧方表示，王毅部长有关欧中合作的建议很有意义。");
        assertEquals(List.of("王毅", "王毅"), Genre.labels(a, EntityType.PERSON));
    }

    @Test
    void keepsAHighLevelMechanismsNameWhole() {
        DocumentAnalysis a = Genre.analyse("王毅表示，中方愿建立中日海洋事务高级别磋商机制。");
        assertEquals(List.of("中日海洋事务高级别磋商机制"), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void splitsAFieldListBeforeAMechanismHeadIntoOneMechanismPerField() {
        DocumentAnalysis a = Genre.analyse(Genre.BRIEFING);
        List<String> mech = Genre.labels(a, EntityType.MECHANISM);
        assertEquals(List.of("能源机制性磋商", "农业机制性磋商", "卫生和数字经济机制性磋商"), mech);
    }

    @Test
    void findsNamedDocumentsInTitleBrackets() {
        DocumentAnalysis a = Genre.analyse("双方同意续签《中法文化合作协定》，并重申恪守《联合国宪章》。");
        List<String> docs = Genre.labels(a, EntityType.DOCUMENT);
        assertEquals(List.of("中法文化合作协定", "联合国宪章"), docs);
    }

    @Test
    void findsAVenueNamedAfterAPerson() {
        DocumentAnalysis a = Genre.analyse("两国元首在戴维营庄园举行会晤。");
        assertTrue(Genre.labels(a, EntityType.PLACE).contains("戴维营庄园"), a.mentions().toString());
    }

    @Test
    void readsAPlaceAndTheNounsBeforeAnOrganisationNounAsAnOrganisation() {
        DocumentAnalysis a = Genre.analyse("双方欢迎巴西开发银行同法国国民议会加强交流。");
        List<String> orgs = Genre.labels(a, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("巴西开发银行"), orgs.toString());
        assertTrue(orgs.contains("法国国民议会"), orgs.toString());
    }

    @Test
    void takesNoOrganisationFromAPhraseWithoutAPlaceOrFromGovernmentsOfTwoSides() {
        DocumentAnalysis a = Genre.analyse("双方同意加强两国议会交流，举行中德政府磋商。");
        assertEquals(List.of(), Genre.labels(a, EntityType.ORGANIZATION));
    }

    @Test
    void fieldsBeforeAPairOfActivitiesAreTopicsNotChannels() {
        DocumentAnalysis a = Genre.analyse("中法两国元首举行会谈。\n\n中方愿同法方加强在数字经济、海洋保护等领域对话沟通。"
                + "双方要加强财政和货币政策沟通协调，深化各领域双边对话与合作。");
        assertEquals(List.of(), Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void theSidesOwnTeamsAndAnEarlierRoundAreNoNamedChannel() {
        DocumentAnalysis a = Genre.analyse("中澳两国总理在堪培拉举行会谈。\n\n"
                + "双方将落实前期经贸会谈成果，支持双方团队磋商。双方工作组要加紧工作。双方同意举行两国政府首脑磋商。");
        assertEquals(List.of("两国政府首脑磋商"), Genre.labels(a, EntityType.MECHANISM));
        assertEquals(List.of(), Genre.labels(a, EntityType.WORKING_GROUP));
    }

    @Test
    void aCountedJointStatementAfterTopicsIsOneDocumentPerTopicAndTheBareOneIsADocumentToo() {
        DocumentAnalysis a = Genre.analyse("双方发表关于气候变化、数字经济2份联合声明。两国元首宣布发表联合声明。双方发表声明。");
        assertEquals(List.of("关于气候变化的联合声明", "关于数字经济的联合声明", "联合声明"), Genre.labels(a, EntityType.DOCUMENT));
    }

    @Test
    void aMechanismsNameRunsOverADashBetweenStatesAJoinerBetweenFieldsAndASplitScopeWord() {
        DocumentAnalysis a = Genre.analyse("中法两国元首举行会谈。\n\n双方推动建立了中国－法国领导人会晤机制，"
                + "同意用好中法海洋与渔业高层对话机制，发挥好两国海洋问题特别代表会晤机制作用。");
        assertEquals(List.of("中国－法国领导人会晤机制", "中法海洋与渔业高层对话机制", "两国海洋问题特别代表会晤机制"),
                Genre.labels(a, EntityType.MECHANISM));
    }

    @Test
    void aChannelNamedForItsActivityAndTalksBeforeTheirConsensusAreMechanisms() {
        DocumentAnalysis a = Genre.analyse("中法两国元首举行会谈。\n\n两国元首同意建立经济沟通渠道。双方肯定了中法巴黎经贸会谈共识，"
                + "举行了两国政府首脑磋商以及海洋、农业等领域高级别对话。");
        assertEquals(List.of("经济沟通渠道", "中法巴黎经贸会谈", "两国政府首脑磋商", "海洋高级别对话", "农业高级别对话"),
                Genre.labels(a, EntityType.MECHANISM));
    }
    @Test
    void aMeetingIsDatedWithItsLeadersAndItsKind() {
        DocumentAnalysis call = Genre.analyse("2024年5月7日晚，国家主席习近平应约同法国总统马克龙通电话。双方同意加强合作。");
        assertEquals("call", call.meeting().kind());
        assertEquals(java.time.LocalDate.of(2024, 5, 7), call.meeting().date());
        DocumentAnalysis talks = Genre.analyse("2024年5月6日，国家主席习近平在巴黎同法国总统马克龙举行会谈。双方同意加强合作。");
        assertEquals("talks", talks.meeting().kind());
        assertEquals(java.util.Set.of("CN", "FR"), talks.meeting().participants().stream().map(Mention::country)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
