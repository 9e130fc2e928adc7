package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitmentFinderTest {

    private static Commitment one(DocumentAnalysis a, String text) {
        List<Commitment> cs = Genre.commitments(a, c -> Genre.text(a, c).contains(text));
        assertEquals(1, cs.size(), () -> text + " in " + a.commitments().stream().map(c -> Genre.text(a, c)).toList());
        return cs.get(0);
    }

    private static void assertNoItemHas(DocumentAnalysis a, String fragment) {
        List<String> items = a.commitments().stream().map(c -> Genre.text(a, c)).toList();
        assertTrue(items.stream().noneMatch(t -> t.contains(fragment)), fragment + " in " + items);
    }

    @Test
    void makesWhatBothLeadersAgreeAnAgreementOfBothParties() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        Commitment c = one(a, "建立中法数字经济对话");
        assertEquals(CommitmentKind.AGREEMENT, c.kind());
        assertEquals(Set.of("CN", "FR"), c.parties());
        assertEquals("establish", c.action());
        assertEquals("new", c.status());
    }

    @Test
    void linksAnAgreementToTheMechanismItCreates() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        Commitment c = one(a, "成立中法海洋合作工作组");
        assertEquals(List.of("中法海洋合作工作组"), c.objects().stream().map(Mention::label).toList());
    }

    @Test
    void readsRestartAsItsOwnStatus() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        Commitment c = one(a, "重启中法航空合作联委会");
        assertEquals("restart", c.action());
        assertEquals("restarted", c.status());
    }

    @Test
    void normalisesARelativeTimeAgainstTheDocumentDate() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        Commitment c = one(a, "举行中法高级别人文交流机制会议");
        assertEquals("2025 (early)", c.time());
        assertEquals("hold", c.action());
    }

    @Test
    void splitsCountedPledgesAndKeepsTheirNegation() {
        DocumentAnalysis a = Genre.analyse(Genre.PLEDGES);
        List<Commitment> pledges = Genre.commitments(a, c -> c.kind() == CommitmentKind.PLEDGE);
        assertEquals(3, pledges.size(), a.commitments().toString());
        for (Commitment c : pledges) {
            assertEquals(Set.of("US"), c.parties());
            assertTrue(c.negative());
            assertEquals("refrain", c.action());
            assertEquals("三点承诺", c.set().key());
            assertEquals(3, c.set().statedSize());
        }
    }

    @Test
    void makesNumberedJointClausesOfOneSideItsProposalsInOneSet() {
        DocumentAnalysis a = Genre.analyse(Genre.PROPOSALS);
        List<Commitment> ps = Genre.commitments(a, c -> c.kind() == CommitmentKind.PROPOSAL);
        assertEquals(4, ps.size(), a.commitments().toString());
        assertTrue(ps.stream().allMatch(c -> c.parties().equals(Set.of("CN")) && c.set() != null
                && c.set().key().equals("四点建议")));
    }

    @Test
    void makesOneSidesAnnouncedMeasureUnilateral() {
        DocumentAnalysis a = Genre.analyse(Genre.BRIEFING);
        Commitment c = one(a, "举办第二届中非经贸博览会");
        assertEquals(CommitmentKind.UNILATERAL, c.kind());
        assertEquals(Set.of("CN"), c.parties());
    }

    @Test
    void readsAPersonNamedBareAfterTheirTitleAsTheirCountrysSpeaker() {
        // 马克龙 is in no lexicon: his country comes from 法国总统 the first time he is named
        DocumentAnalysis a = Genre.analyse("国家主席习近平在北京同法国总统马克龙举行会谈。\n\n"
                + "马克龙表示，法方坚持一个中国政策。");
        Commitment c = one(a, "坚持一个中国政策");
        assertEquals(Set.of("FR"), c.parties());
        assertEquals(CommitmentKind.POSITION, c.kind());
        assertEquals("adhere", c.action());
    }

    @Test
    void findsTheVerbAfterAPrepositionalPhrase() {
        DocumentAnalysis a = Genre.analyse("习近平宣布，中方将对法国公民实行单方面免签政策。\n\n"
                + "习近平强调，中方愿就气候变化同法方进行沟通。");
        Commitment visa = one(a, "对法国公民实行单方面免签政策");
        assertEquals(CommitmentKind.PLEDGE, visa.kind()); // 将, made to the other side
        assertEquals(Set.of("CN"), visa.parties());
        assertEquals("conduct", visa.action());
        assertEquals("conduct", one(a, "就气候变化同法方进行沟通").action());
    }

    @Test
    void aPrepositionalPhraseWithoutAVerbOfCommitmentStatesNothing() {
        DocumentAnalysis a = Genre.analyse("习近平强调，中方对此高度关注，在北京，双方代表。");
        assertEquals(List.of(), a.commitments());
    }

    @Test
    void takesOneChinaAsANameNotACountedSetOfOne() {
        DocumentAnalysis a = Genre.analyse("王毅同美国国务卿布林肯举行会谈。\n\n王毅表示，中方坚持一个中国原则。");
        Commitment c = one(a, "坚持一个中国原则");
        assertEquals(Set.of("CN"), c.parties());
        assertNull(c.set());
    }

    @Test
    void aClauseWithoutASubjectGoesOnWithTheOneBeforeIt() {
        DocumentAnalysis a = Genre.analyse("王毅同美国国务卿布林肯举行会谈。\n\n"
                + "王毅表示，美方应恪守有关承诺，停止对华打压，支持中方发展。");
        for (String item : List.of("停止对华打压", "支持中方发展")) {
            Commitment c = one(a, item);
            assertEquals("demand", c.action(), item);
            assertEquals(Set.of("CN"), c.parties(), item);
        }
    }

    @Test
    void readsALeaderHanLpDoesNotKnowFromTheTitleAndFollowsTheirLaterWords() {
        // HanLP leaves 朔尔茨 as three single characters; no lexicon lists him
        DocumentAnalysis a = Genre.analyse("习近平同德国总理朔尔茨通电话。\n\n朔尔茨表示，德方不寻求对华脱钩。");
        assertTrue(Genre.labels(a, EntityType.PERSON).contains("朔尔茨"), Genre.labels(a, EntityType.PERSON).toString());
        Commitment c = one(a, "不寻求对华脱钩");
        assertEquals(Set.of("DE"), c.parties());
        assertEquals("朔尔茨", c.speaker());
    }

    @Test
    void aSideThatOpensItsOwnSentenceIsItsSubject() {
        DocumentAnalysis a = Genre.analyse("习近平同德国总理朔尔茨通电话。\n\n朔尔茨表示，德方愿同中方加强沟通。"
                + "德方欢迎更多中国企业赴德投资。");
        Commitment c = one(a, "欢迎更多中国企业赴德投资");
        assertEquals(Set.of("DE"), c.parties());
        assertEquals("welcome", c.action());
    }

    @Test
    void aConnectiveBeforeTheVerbIsNoPartOfTheItem() {
        DocumentAnalysis a = Genre.analyse("习近平指出，中方愿同德方重启中德政府磋商，并建立中德气候变化对话合作机制。");
        Commitment c = one(a, "建立中德气候变化对话合作机制");
        assertEquals("establish", c.action());
        assertTrue(Genre.text(a, c).startsWith("建立"), Genre.text(a, c));
    }

    @Test
    void aNounPhraseAfterAPrepositionHasNoVerb() {
        DocumentAnalysis a = Genre.analyse("雷蒙多表示，美方愿加强对话，同法国的航空合作为两国带来了许多就业岗位。");
        assertNoItemHas(a, "就业");
    }

    @Test
    void readsTheNumberedArticlesOfAJointStatement() {
        // the guest is named by his state's full name: 巴西联邦共和国总统卢拉
        DocumentAnalysis a = Genre.analyse("应巴西联邦共和国总统卢拉邀请，国家主席习近平对巴西进行国事访问。\n\n"
                + "一、双方同意深化全面战略伙伴关系。\n\n二、双方决定成立中巴发展战略对接工作组。");
        assertEquals(Set.of("BR", "CN"), one(a, "深化全面战略伙伴关系").parties());
        Commitment group = one(a, "成立中巴发展战略对接工作组");
        assertEquals(CommitmentKind.AGREEMENT, group.kind());
        assertEquals(List.of("中巴发展战略对接工作组"), Genre.labels(a, EntityType.WORKING_GROUP));
    }

    @Test
    void oneSideStatingItsOwnActIsAPositionWithoutAVerbOfSpeech() {
        DocumentAnalysis a = Genre.analyse("习近平同德国总理朔尔茨通电话。\n\n"
                + "中方支持德方主办明年的气候变化大会。\n\n双方合作前景十分广阔。");
        Commitment c = one(a, "支持德方主办明年的气候变化大会");
        assertEquals(Set.of("CN"), c.parties());
        assertEquals(CommitmentKind.POSITION, c.kind());
        assertNoItemHas(a, "前景");
    }

    @Test
    void whatOneSideTellsTheOtherNotToDoIsItsDemand() {
        DocumentAnalysis a = Genre.analyse("李强会见日本首相岸田文雄。\n\n"
                + "李强指出，中方从不干涉日本内政。同样，日方也不要介入南海争端，不要在台湾问题上挑衅。");
        for (String item : List.of("不要介入南海争端", "不要在台湾问题上挑衅")) {
            Commitment c = one(a, item);
            assertEquals(Set.of("CN"), c.parties(), item);
            assertEquals("demand", c.action(), item);
        }
    }

    @Test
    void weInAQuotedSpeakersWordsIsTheirSide() {
        DocumentAnalysis a = Genre.analyse("习近平同法国总统马克龙举行会谈。\n\n"
                + "马克龙表示，法中关系十分重要。我们同中方商定，建立中法海洋合作对话。");
        Commitment c = one(a, "建立中法海洋合作对话");
        assertEquals(CommitmentKind.AGREEMENT, c.kind());
        assertEquals(Set.of("CN", "FR"), c.parties());
    }

    @Test
    void aSideThatWillActStatesItsOwnPosition() {
        DocumentAnalysis a = Genre.analyse("习近平同德国总理朔尔茨通电话。\n\n中方愿同德方携手实施绿色伙伴行动。\n\n"
                + "德方应该停止对华打压。");
        Commitment c = one(a, "同德方携手实施绿色伙伴行动");
        assertEquals(Set.of("CN"), c.parties());
        assertEquals(CommitmentKind.POSITION, c.kind());
        assertNoItemHas(a, "打压"); // a side that should act is spoken of, not speaking
    }

    @Test
    void aGoalsNameAfter共同IsNoProposal() {
        DocumentAnalysis a = Genre.analyse("习近平强调，共同安全，是地区长治久安的基础。");
        assertEquals(List.of(), a.commitments().stream().map(c -> Genre.text(a, c)).toList());
    }

    @Test
    void readsAJapaneseNameHanLpCutsShortAfterATitle() {
        // HanLP reads 上川阳子 as 上/川/阳子
        DocumentAnalysis a = Genre.analyse("王毅在万象会见日本外相上川阳子。\n\n上川阳子表示，日方坚持一个中国原则。");
        assertEquals(List.of("王毅", "上川阳子"), Genre.labels(a, EntityType.PERSON).stream().distinct().toList());
        assertEquals(Set.of("JP"), one(a, "坚持一个中国原则").parties());
    }

    @Test
    void readsProposalsAnnouncedForTheParagraphsThatFollow() {
        DocumentAnalysis a = Genre.analyse("习近平会见越南国家主席苏林。\n\n习近平就两国关系提出三点建议：\n\n"
                + "第一，加强战略沟通。\n\n第二，深化务实合作。\n\n第三，办好人文交流年。\n\n"
                + "苏林表示，越方坚定奉行一个中国政策。");
        List<Commitment> proposals = Genre.commitments(a, c -> c.kind() == CommitmentKind.PROPOSAL);
        assertEquals(List.of("加强战略沟通", "深化务实合作", "办好人文交流年"), proposals.stream().map(c -> Genre.text(a, c)).toList());
        assertTrue(proposals.stream().allMatch(c -> c.set() != null && c.set().statedSize() == 3 && c.parties().equals(Set.of("CN"))));
        assertEquals("adhere", one(a, "坚定奉行一个中国政策").action());
    }

    @Test
    void aTimeAfter于BeforeTheVerbIsTheItemsTimeNotPartOfIt() {
        DocumentAnalysis a = Genre.analyse("新华社巴黎2024年5月6日电\n\n马克龙同习近平举行会谈。双方同意重启中法战略对话，并于年内恢复中法高级别经济财金对话。");
        Commitment c = one(a, "恢复中法高级别经济财金对话");
        assertEquals("恢复中法高级别经济财金对话", Genre.text(a, c));
        assertEquals("2024", c.time());
    }

    @Test
    void aCountryTheLexiconKnowsIsTheSubjectOfItsClause() {
        DocumentAnalysis a = Genre.analyse("马克龙总统同习近平主席会谈\n\n法国总统马克龙在巴黎同中国国家主席习近平举行会谈。"
                + "马克龙重申，法国坚定奉行一个中国政策。");
        Commitment c = one(a, "坚定奉行一个中国政策");
        assertEquals(Set.of("FR"), c.parties());
        assertEquals(List.of(), Genre.labels(a, EntityType.MECHANISM), "the leaders' talks are the meeting");
    }

    @Test
    void readsTheSideAPledgeIsMadeTo() {
        DocumentAnalysis a = Genre.analyse(Genre.PLEDGES.replace("美方重申三点承诺", "美方重申向中方作出的三点承诺"));
        List<Commitment> pledges = Genre.commitments(a, c -> c.kind() == CommitmentKind.PLEDGE);
        assertEquals(3, pledges.size());
        assertTrue(pledges.stream().allMatch(c -> c.addressee().equals(Set.of("CN"))));
        assertTrue(pledges.stream().allMatch(c -> "reaffirmed".equals(c.status())));
    }

    @Test
    void makesAListOfBareIdiomsAfterAStressVerbPrinciples() {
        DocumentAnalysis a = Genre.analyse("2024年1月1日，国家主席习近平同美国总统拜登通电话。"
                + "两国元首强调要相互尊重、和平共处、保持沟通、防止冲突。");
        List<Commitment> ps = Genre.commitments(a, c -> c.kind() == CommitmentKind.PRINCIPLE);
        assertEquals(List.of("相互尊重", "和平共处", "保持沟通", "防止冲突"), ps.stream().map(c -> Genre.text(a, c)).toList());
        assertEquals(Set.of("CN", "US"), ps.get(0).parties());
    }

    @Test
    void keepsNarrationOutOfTheGraph() {
        DocumentAnalysis a = Genre.analyse("王毅说，这次访问举世瞩目、成果丰硕、意涵深远，开启了新的旅程，推动了合作。");
        assertEquals(List.of(), a.commitments().stream().map(c -> Genre.text(a, c)).toList());
    }

    @Test
    void statesNothingWithoutASpeaker() {
        DocumentAnalysis a = Genre.analyse("会谈后，举行了午宴。随后参观了展览。");
        assertEquals(List.of(), a.commitments());
    }

    @Test
    void leavesTimeEmptyWhenTheItemGivesNone() {
        DocumentAnalysis a = Genre.analyse(Genre.CALL_READOUT);
        assertNull(one(a, "建立中法数字经济对话").time());
    }

    @Test
    void bothSidesSayingWhatTheyWillDoStateAnAgreement() {
        DocumentAnalysis a = Genre.analyse("王毅同澳大利亚外长举行会谈。\n\n"
                + "双方将就航空安全进行磋商，并简化商务人员签证手续。\n\n双方合作前景十分广阔。");
        for (String item : List.of("就航空安全进行磋商", "简化商务人员签证手续")) {
            Commitment c = one(a, item);
            assertEquals(Set.of("AU", "CN"), c.parties(), item);
            assertEquals(CommitmentKind.AGREEMENT, c.kind(), item);
        }
        assertNoItemHas(a, "前景");
    }

    @Test
    void aShortFormNamesAPartyOnlyAsAWordOfItsOwn() {
        DocumentAnalysis a = Genre.analyse("李强同越南总理举行会谈。\n\n"
                + "越方愿扩大自中国进口农产品。中越双方同意建立边境贸易合作机制。"
                + "在地区事务中越来越多的国家主张对话。双方将推动新方法应用。");
        Commitment own = one(a, "扩大自中国进口农产品");
        assertEquals(Set.of("VN"), own.parties());
        Commitment both = one(a, "建立边境贸易合作机制");
        assertEquals(Set.of("CN", "VN"), both.parties());
        assertNoItemHas(a, "越来越");
        assertEquals(Set.of("CN", "VN"), one(a, "推动新方法应用").parties()); // 新方 of 新方法 is no side
    }

    @Test
    void theActsListedBeforeAJointVerbAreEachAnItem() {
        DocumentAnalysis a = Genre.analyse("中德举行财金对话。\n\n"
                + "双方以两国领导人共识为指引，就扩大金融市场开放、加强绿色金融合作、便利企业融资等达成了广泛共识。");
        for (String item : List.of("扩大金融市场开放", "加强绿色金融合作", "便利企业融资", "达成了广泛共识")) {
            Commitment c = one(a, item);
            assertEquals(Set.of("CN", "DE"), c.parties(), item);
            assertEquals(CommitmentKind.AGREEMENT, c.kind(), item);
        }
    }

    @Test
    void oneSidesOfferOfAConcreteActToTheOtherIsAPledge() {
        DocumentAnalysis a = Genre.analyse("习近平同巴西总统卢拉举行会谈。\n\n"
                + "习近平表示，中方愿进口更多巴西优质农产品，愿同巴方加强各领域交流。");
        assertEquals(CommitmentKind.PLEDGE, one(a, "进口更多巴西优质农产品").kind());
        assertEquals(CommitmentKind.POSITION, one(a, "同巴方加强各领域交流").kind());
    }

    @Test
    void bothSidesSigningOrStatingTogetherInNarrationIsWhatTheyAgreed() {
        DocumentAnalysis a = Genre.analyse("李强同新西兰总理举行会谈。\n\n"
                + "会谈后，两国总理共同签署了《中新农业合作谅解备忘录》。\n\n"
                + "两国总理互致问候，共同表示，将扩大乳制品贸易。\n\n"
                + "中新领导人共同宣布启动自贸协定升级谈判。\n\n"
                + "两国共同关切没有减少，反而日益增多。");
        for (String item : List.of("签署了《中新农业合作谅解备忘录》", "扩大乳制品贸易", "启动自贸协定升级谈判")) {
            Commitment c = one(a, item);
            assertEquals(Set.of("CN", "NZ"), c.parties(), item);
            assertEquals(CommitmentKind.AGREEMENT, c.kind(), item);
        }
        assertNoItemHas(a, "增多");
    }

    @Test
    void aSidesSuspensionOfItsOwnMeasuresFromADateIsItsPledge() {
        DocumentAnalysis a = Genre.analyse("中澳经贸磋商在堪培拉举行。\n\n"
                + "3月5日，中澳双方发布《中澳经贸磋商联合声明》。澳方自3月10日起暂停对华钢材反倾销调查。");
        Commitment joint = one(a, "发布《中澳经贸磋商联合声明》");
        assertEquals(Set.of("AU", "CN"), joint.parties());
        assertEquals(CommitmentKind.AGREEMENT, joint.kind());
        Commitment own = one(a, "暂停对华钢材反倾销调查");
        assertEquals(Set.of("AU"), own.parties());
        assertEquals(CommitmentKind.PLEDGE, own.kind());
    }

    @Test
    void weInALeadersWordsAreBothSidesWhenTheyActTogether() {
        DocumentAnalysis a = Genre.analyse("习近平同新西兰总理举行会谈。\n\n"
                + "习近平指出，我们共同规划了两国关系的发展方向，就扩大农产品贸易、深化科技合作达成重要共识，"
                + "同意就南太平洋事务加强协调。我们决不允许任何势力干涉中国内政。");
        for (String item : List.of("规划了两国关系的发展方向", "扩大农产品贸易", "深化科技合作", "就南太平洋事务加强协调")) {
            Commitment c = one(a, item);
            assertEquals(Set.of("CN", "NZ"), c.parties(), item);
            assertEquals(CommitmentKind.AGREEMENT, c.kind(), item);
        }
        assertTrue(a.commitments().stream().filter(c -> Genre.text(a, c).contains("干涉"))
                .allMatch(c -> c.parties().equals(Set.of("CN"))));
    }

    @Test
    void afterAWordOfWillTheVerbFollowsAPhraseWithANounInIt() {
        DocumentAnalysis a = Genre.analyse("习近平同巴西总统卢拉举行会谈。\n\n"
                + "习近平表示，中方将对巴西商务人员来华的签证有效期延长至五年。");
        Commitment c = one(a, "对巴西商务人员来华的签证有效期延长至五年");
        assertEquals(Set.of("CN"), c.parties());
        assertEquals(CommitmentKind.PLEDGE, c.kind());
        assertEquals("renew", c.action());
    }

    @Test
    void aListOfLongerBarePhrasesIsADescriptionNotPrinciples() {
        DocumentAnalysis a = Genre.analyse("习近平同南非总统举行会谈。\n\n"
                + "习近平强调，平等互利、守望相助、和衷共济。"
                + "习近平指出，两国同为发展中大国、全球南方重要成员、多边机制创始成员国。");
        assertEquals(CommitmentKind.PRINCIPLE, one(a, "平等互利").kind());
        assertNoItemHas(a, "全球南方");
    }

    @Test
    void membersListedBeforeTheSetThatCountsThemAreItsMembers() {
        DocumentAnalysis a = Genre.analyse("习近平同老挝国家主席举行会谈。\n\n"
                + "习近平强调，双方要围绕互信更牢、合作更实、民心更通的三大目标，推动两国关系不断发展。");
        List<Commitment> goals = Genre.commitments(a, c -> c.set() != null);
        assertEquals(3, goals.size(), goals.toString());
        assertTrue(goals.stream().allMatch(c -> c.set().statedSize() == 3 && c.kind() == CommitmentKind.PROPOSAL
                && c.parties().equals(Set.of("CN"))));
        assertEquals(1, Genre.commitments(a, c -> Genre.text(a, c).equals("合作更实")).size());
    }

    @Test
    void oneTopicTheSidesAgreedOnStaysWithTheirAgreement() {
        DocumentAnalysis a = Genre.analyse("中澳经贸磋商在堪培拉举行。\n\n中澳双方就葡萄酒关税问题达成共识。");
        Commitment c = one(a, "就葡萄酒关税问题达成共识");
        assertEquals(Set.of("AU", "CN"), c.parties());
        assertEquals(CommitmentKind.AGREEMENT, c.kind());
    }

    @Test
    void pointsAfterAnUncountedSetOfPrinciplesAreItsMembersEachWithItsOwnNegativeHalf() {
        DocumentAnalysis a = Genre.analyse("中法两国元首举行会谈。\n\n习近平强调，为此，应该把握以下几个原则："
                + "一要以合作共赢为重，不要搞零和博弈。二要为交流创造条件，不要设置障碍。三要尊重彼此关切，不要干涉内政。");
        List<Commitment> points = Genre.commitments(a, c -> c.set() != null);
        assertEquals(List.of("以合作共赢为重，不要搞零和博弈", "为交流创造条件，不要设置障碍", "尊重彼此关切，不要干涉内政"),
                points.stream().map(c -> Genre.text(a, c)).toList());
        assertTrue(points.stream().allMatch(c -> c.kind() == CommitmentKind.PRINCIPLE && c.set() == points.get(0).set()));
        assertEquals(3, a.commitments().size(), a.commitments().toString());
    }

    @Test
    void aClauseThatAssessesWithoutAnActIsNoItemUnlessBothSidesHoldIt() {
        DocumentAnalysis a = Genre.analyse("中澳经贸磋商在堪培拉举行。\n\n"
                + "双方一致认为，稳定的中澳经贸关系对两国十分重要。双方同意加强磋商，对两国和地区都十分有益。");
        assertEquals(CommitmentKind.AGREEMENT, one(a, "稳定的中澳经贸关系对两国十分重要").kind());
        assertNoItemHas(a, "都十分有益");
    }

    @Test
    void topicsListedBeforeACountOfJointStatementsAreEachAnAgreementOfTheSet() {
        DocumentAnalysis a = Genre.analyse("中澳两国总理举行会谈。\n\n双方发表关于气候变化、数字经济、人文交流3份联合声明。");
        List<Commitment> issued = Genre.commitments(a, c -> c.set() != null);
        assertEquals(List.of("气候变化", "数字经济", "人文交流"), issued.stream().map(c -> Genre.text(a, c)).toList());
        assertTrue(issued.stream().allMatch(c -> c.kind() == CommitmentKind.AGREEMENT && c.set().statedSize() == 3
                && c.parties().equals(Set.of("AU", "CN")) && c.action().equals("issue")));
    }
    @Test
    void aSessionOfAMechanismReportedAsHeldIsAHeldStepOfItsHistory() {
        DocumentAnalysis a = Genre.analyse("2024年5月14日，外交部长王毅同法国外长通电话。\n"
                + "王毅表示，中法海洋合作对话首次会议日前在巴黎举行。双方同意中法航空合作对话第二轮磋商将于明年举行。");
        Commitment held = one(a, "首次会议");
        assertEquals("held", held.status());
        assertEquals(Set.of("CN", "FR"), held.parties());
        assertEquals(List.of("中法海洋合作对话"), held.objects().stream().map(Mention::label).toList());
        assertTrue(a.commitments().stream().noneMatch(c -> "held".equals(c.status()) && Genre.text(a, c).contains("第二轮")),
                "a session still to come is not held");
    }
    @Test
    void aSessionAgreedForLaterIsNotHeldAndOneDoneIs() {
        DocumentAnalysis a = Genre.analyse("2024年5月7日，国家主席习近平同法国总统马克龙举行会谈。"
                + "两国元首同意明年举行中法战略对话，下个月举行中法海洋合作工作组会议。双方已举行中法航空合作联委会会议。");
        Commitment next = one(a, "中法战略对话");
        assertNull(next.status(), "agreed to be held next year: not held yet");
        assertEquals("2025", next.time());
        assertEquals("2024-06", one(a, "中法海洋合作工作组").time());
        Commitment done = one(a, "中法航空合作联委会");
        assertEquals("held", done.status());
        assertEquals("举行中法航空合作联委会会议", Genre.text(a, done), "已 is left out of the item as 将 is");
    }
    @Test
    void aSessionHeldInAThirdCountryIsBetweenThePairItsNameGives() {
        DocumentAnalysis a = Genre.analyse("新华社日内瓦5月14日电 中法海洋合作对话首次会议14日在瑞士日内瓦举行。双方进行了深入交流。");
        Commitment held = one(a, "首次会议");
        assertEquals("held", held.status());
        assertEquals(Set.of("CN", "FR"), held.parties(), "not the host's");
    }
    @Test
    void anAdverbOfMannerBeforeTheVerbStillMakesAnItem() {
        DocumentAnalysis a = Genre.analyse("2024年5月7日，国家主席习近平同法国总统马克龙举行会谈。"
                + "马克龙表示，法中关系发展良好。双方成功举行了中法航空合作联委会会议。");
        Commitment c = one(a, "中法航空合作联委会");
        assertEquals(CommitmentKind.AGREEMENT, c.kind());
        assertEquals("held", c.status());
    }
    @Test
    void aChannelBrokenOffIsSuspended() {
        DocumentAnalysis a = Genre.analyse("2024年5月7日，外交部发言人宣布，法方不顾中方反对。"
                + "中方决定中止中法海洋合作对话，中断中法航空合作联委会。");
        assertEquals("suspended", one(a, "中法海洋合作对话").status());
        assertEquals(CommitmentKind.UNILATERAL, one(a, "中法海洋合作对话").kind(), "one side's decision: its own measure");
        assertEquals("suspended", one(a, "中法航空合作联委会").status());
    }
    @Test
    void aStateWhereTheSidesMeetIsNotOneOfThem() {
        DocumentAnalysis a = Genre.analyse("中法海洋合作对话14日在瑞士日内瓦举行。双方同意加强海洋科研合作。");
        assertEquals(Set.of("CN", "FR"), one(a, "加强海洋科研合作").parties());
    }
}
