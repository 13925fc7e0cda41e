package org.reportcycle.report.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds traditional characters to simplified ones, only so that keyword matching works on reports
 * published with traditional characters. The table covers the vocabulary of these reports, not the
 * language; the imported text itself keeps the characters the author wrote.
 */
final class TraditionalChinese {

    // Pairs of (traditional, simplified), written as one string to keep the table compact.
    private static final String PAIRS = "問问題题舉举設设規规劃划關关績绩況况負负責责實实與与發发進进務务報报體体計计"
            + "畫画預预層层處处黨党職职執执導导領领幹干對对過过還还長长開开動动強强範范為为會会歷历決决頭头"
            + "應应當当較较點点數数頁页來来時时間间佈布週周達达標标準准據据項项緒绪廣广東东區区縣县鎮镇鄉乡"
            + "號号辦办員员級级語语說说話话讀读書书學学習习貫贯徹彻總总統统條条審审議议監监檢检訴诉訟讼復复"
            + "調调糾纠紛纷爭争權权許许證证類类機机構构織织組组環环節节針针內内轉转變变傳传財财產产資资網网"
            + "絡络單单態态營营買买賣卖價价錢钱銀银綜综戶户軍军憲宪紀纪綱纲參参論论專专門门續续維维護护穩稳"
            + "積积極极結结樹树義义認认識识覺觉顯显優优勢势質质嚴严懲惩罰罚擔担隊队隨随難难後后歲岁補补齊齐"
            + "礎础紮扎擬拟於于從从將将並并們们個个這这裡里麼么樣样氣气萬万億亿無无種种戰战鬥斗運运辭辞聯联"
            + "繫系係系舊旧屆届選选團团礙碍則则測测詢询諮咨譯译評评課课試试誠诚談谈謀谋講讲謝谢讓让費费貸贷"
            + "購购貧贫賠赔寶宝寫写屬属嶺岭師师帶带幫帮廳厅廠厂張张彈弹徵征憶忆懷怀慣惯擁拥擴扩攝摄敗败敵敌"
            + "斷断歸归殘残淨净滅灭滿满漢汉災灾熱热獎奖獨独現现畢毕盡尽盤盘眾众礦矿禮礼禍祸積积稅税競竞筆笔"
            + "築筑簡简糧粮紅红約约納纳紙纸細细終终經经綠绿緊紧線线編编緩缓練练縮缩繼继罷罢聖圣聞闻聲声聽听"
            + "腦脑興兴蘇苏華华藝艺蘭兰衛卫衝冲裝装製制見见視视親亲覽览觀观訂订討讨訓训記记訪访診诊詞词該该"
            + "詳详誤误請请諾诺謂谓貢贡貨货販贩貴贵賓宾賞赏賦赋贊赞趨趋跡迹踐践車车軌轨軟软載载輔辅輕轻輸输"
            + "農农迴回連连遊游違违遠远適适遲迟遺遗郵邮醫医釋释鐵铁錄录錯错鍵键閉闭閒闲閱阅闡阐陣阵陰阴陳陈"
            + "陸陆陽阳際际險险隱隐雜杂雙双雲云電电靈灵響响順顺須须頻频顧顾風风飛飞館馆驗验鬥斗麗丽龍龙傷伤"
            + "儀仪兒儿兩两冊册劇剧勝胜勞劳協协嚴严圍围國国圖图圓圆場场壓压壞坏夢梦奮奋婦妇寧宁尋寻幣币廢废"
            + "彙汇擇择擊击攜携斂敛晉晋暫暂樂乐橋桥檔档歡欢殺杀毀毁沒没濟济牆墙狀状獲获產产異异療疗確确離离"
            + "稱称窮穷簽签籌筹純纯絕绝給给肅肃脫脱葉叶蓋盖薦荐虛虚術术複复訊讯託托詩诗誌志誕诞譽誉豐丰貼贴"
            + "賀贺賽赛趕赶蹤踪輯辑邊边鄰邻針针閘闸隸隶靜静韌韧頂顶額额飲饮養养驅驱騰腾驟骤鬧闹齡龄壇坛態态"
            + "緣缘綫线衆众纔才僅仅準准據据稽稽騷骚擾扰訴诉賄贿賂赂瀆渎懶懒庫库廉廉潔洁";

    private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            TO_SIMPLIFIED.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
        }
    }

    private TraditionalChinese() {}

    static String toSimplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character simplified = TO_SIMPLIFIED.get(text.charAt(i));
            if (simplified != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, simplified);
            }
        }
        return out == null ? text : out.toString();
    }
}
