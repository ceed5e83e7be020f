/**
 * Traditional → simplified, for the characters our phrases and patterns use (and their common
 * neighbours). One code point to one code point, so offsets survive. Not a general converter:
 * a character missing here only matters if a rule needs it.
 */
const PAIRS =
  '療疗癒愈證证氣气級级國国獎奖轉转發发髮发紅红領领贈赠請请團团買买賣卖費费學学過过試试師师錢钱險险風风資资額额榮荣' +
  '獨独絕绝對对頂顶極极權权藥药醫医體体減减禮礼積积點点讚赞贊赞幫帮測测為为無无穩稳賺赚億亿萬万個个業业準准確确專专' +
  '產产價价優优劵券將将會会員员說说讓让這这麼么們们還还門门開开關关聽听課课題题閱阅錄录狀状線线網网從从來来時时間间' +
  '長长臉脸膚肤腫肿壓压養养補补腎肾臟脏傳传統统訂订贏赢獲获選选舉举馳驰標标檢检運运財财顯显徹彻廣广達达創创熱热銷销' +
  '軍军總总數数據据調调顧顾滿满復复購购漲涨擔担憂忧賠赔虧亏損损預预報报託托貸贷績绩讀读書书駕驾後后機机勵励簽签給给' +
  '獻献聯联繫系係系驗验參参與与當当聞闻鮮鲜賞赏愛爱歡欢區区內内號号嚴严雙双實实際际跡迹纖纤緊紧皺皱紋纹鏈链碼码掃扫' +
  '務务處处極极貨货質质寶宝鐘钟飯饭館馆麵面餅饼湯汤雞鸡魚鱼蝦虾飲饮廳厅鋪铺車车門门據据讀读講讲義义訓训輔辅導导錄录' +
  '辦办證证範范圍围擇择適适億亿幣币貴贵賤贱羣群群群峯峰鬆松嚮向迴回週周裡里衛卫災灾邪邪鎮镇煞煞盪荡蕩荡靈灵寧宁麗丽' +
  '髒脏潔洁淨净膽胆獸兽蟲虫藝艺術术戲戏劇剧電电視视話话臺台檯台灣湾衝冲憑凭殺杀殼壳愛爱懷怀餘余儘尽兒儿婦妇媽妈爺爷' +
  '認认識识讀读謝谢誠诚誤误語语談谈論论設设計计記记許许詳详諮咨詢询護护齡龄壽寿紀纪綠绿絲丝織织組组細细終终結结給给' +
  '續续維维網网緣缘編编練练縣县總总繳缴纔才協协勝胜勢势頭头題题類类顆颗風风飛飞餐餐驚惊體体鬥斗齊齐齒齿龍龙龜龟'

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  const chars = [...PAIRS]
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1])
  return map
})()
