import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { COPY_TEXT_MAX } from '@/core/copy-check'
import type { CopyFinding } from '@/core/copy-check'
import { INDUSTRIES } from '@/core/wizard/questions'
import type { Industry } from '@/core/wizard/questions'
import { ErrorState } from '@/components/states'
import { useCopyCheck } from '@/stores/copy'
import { FindingCard } from './finding-card'
import { SaveToPlan } from './save-to-plan'
import { segments } from './highlight'
import './index.scss'

function decode(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function isIndustry(value: string): value is Industry {
  return INDUSTRIES.some((o) => o.value === value)
}

export default function CopyCheckPage() {
  const s = useCopyCheck()

  // The page's own parameters at load (useRouter is not reliable before onLoad in the weapp build).
  useLoad((params: Record<string, string | undefined>) => {
    const industry = decode(params.industry)
    const store = useCopyCheck.getState()
    store.reset(decode(params.text), isIndustry(industry) ? industry : null, {
      planId: decode(params.planId) || null,
      token: decode(params.token) || null,
    })
    // A saved check opens by its id (its text may be too long for a URL) and is checked again.
    const saved = decode(params.saved)
    if (saved) void store.openSaved(saved)
  })

  const length = [...s.text].length
  const industryIndex = INDUSTRIES.findIndex((o) => o.value === s.industry)
  const result = s.result
  const findings = result?.findings ?? []
  const stale = result !== null && s.text !== s.checkedText
  const checking = s.status === 'checking'

  const select = (id: string) => {
    s.select(id)
    const index = findings.findIndex((f) => f.id === id)
    if (index >= 0) void Taro.pageScrollTo({ selector: `#finding-${index}`, duration: 200 }).catch(() => undefined)
  }
  const apply = (f: CopyFinding) => {
    void s.apply(f).then((done) => {
      if (!done) void Taro.showToast({ title: '文案已修改，请先重新检查', icon: 'none' })
    })
  }

  return (
    <View className='page copy'>
      <View className='page__desc page__desc--lead'>
        粘贴准备发到朋友圈、公众号或社群的文字，检查诱导分享、绝对化用语、无出处数据和医疗、保健食品、教育、金融的禁用说法。
      </View>

      <View className='cells__title'>行业（不同行业判断不同）</View>
      <View className='cells'>
        <Picker
          mode='selector'
          range={INDUSTRIES.map((o) => o.label)}
          value={industryIndex >= 0 ? industryIndex : 0}
          onChange={(e) => s.setIndustry(INDUSTRIES[Number(e.detail.value)].value)}
        >
          <View className='cell' role='button'>
            <View className='cell__body'>
              <View className='cell__title'>{industryIndex >= 0 ? INDUSTRIES[industryIndex].label : '请选择行业'}</View>
            </View>
            <View className='cell__arrow'>选择 ›</View>
          </View>
        </Picker>
      </View>

      <View className='cells__title'>文案</View>
      <View className='cells copy__input'>
        <Textarea
          className='copy__textarea'
          value={s.text}
          maxlength={-1}
          placeholder='把要发的文字粘贴到这里'
          onInput={(e) => s.setText(e.detail.value)}
        />
        <View className={`copy__count${length > COPY_TEXT_MAX ? ' copy__count--over' : ''}`}>
          {length} / {COPY_TEXT_MAX}
        </View>
      </View>
      {s.fieldError ? (
        <View className='field-error copy__field-error' role='alert'>
          {s.fieldError}
        </View>
      ) : null}

      <View className='btn-area'>
        {/* Only ever pass disabled={true}: Taro's H5 button writes disabled="false" as an attribute,
            which matches [disabled] styles and makes a live button look dead. */}
        <Button className='btn btn--primary' {...(checking ? { disabled: true } : {})} onClick={() => void s.check()}>
          {checking ? '检查中…' : result ? '重新检查' : '检查'}
        </Button>
      </View>

      {s.status === 'error' ? <ErrorState message={s.error ?? '检查失败'} onRetry={() => void s.check()} /> : null}

      {!result && s.status !== 'error' ? (
        <View className='copy__hint'>
          <View className='copy__hint-title'>会检查什么</View>
          <View>· 分享、转发、邀请好友换奖励，集赞、助力、砍价（微信平台规则）</View>
          <View>· 最好、第一、国家级等绝对化用语（广告法第九条）</View>
          <View>· 没有出处的百分比、倍数、排名（广告法第十一条）</View>
          <View>· 疗效、保本、保过等行业禁用说法，以及保健食品和理财必须写的提示</View>
        </View>
      ) : null}

      {result ? (
        <View className='copy__result'>
          {stale ? <View className='toast-line copy__stale'>文案已修改，点「重新检查」看最新结果。</View> : null}
          <View className='copy__summary'>
            {findings.length === 0 ? (
              <View className='copy__clean'>没有发现问题</View>
            ) : (
              <View className='copy__counts'>
                <Text className='copy-sev copy-sev--high'>高风险 {result.counts.high}</Text>
                <Text className='copy-sev copy-sev--medium'>中风险 {result.counts.medium}</Text>
                <Text className='copy-sev copy-sev--low'>提醒 {result.counts.low}</Text>
              </View>
            )}
            <View className='copy__platform'>{result.platform.message}</View>
          </View>

          {findings.some((f) => f.span) ? (
            <>
              <View className='cells__title'>标出的文字（点一下看原因）</View>
              <View className='copy__marked'>
                {segments(s.checkedText, findings).map((seg, i) =>
                  seg.findings.length ? (
                    <Text
                      key={i}
                      className={`copy-mark copy-mark--${seg.severity}${
                        seg.findings.some((f) => f.id === s.selectedId) ? ' copy-mark--selected' : ''
                      }`}
                      onClick={() => select(seg.findings[0].id)}
                    >
                      {seg.text}
                    </Text>
                  ) : (
                    <Text key={i}>{seg.text}</Text>
                  ),
                )}
              </View>
            </>
          ) : null}

          {findings.length ? <View className='cells__title'>发现的问题（{findings.length}）</View> : null}
          {findings.map((f, i) => (
            <FindingCard
              key={f.id}
              finding={f}
              index={i}
              selected={f.id === s.selectedId}
              busy={checking || stale}
              onApply={apply}
              onSelect={select}
              onMark={(f, kind) => void s.mark(f, kind)}
            />
          ))}

          {s.marks.length ? (
            <View className='copy__marks'>
              {s.marks.map((m) => (
                <View key={m.phrase} className='copy__mark-row'>
                  <Text>
                    已标注「{m.phrase}」为{m.kind === 'certified' ? '有证书的称号' : '商品名称'}，不再标出
                  </Text>
                  <Text className='copy-finding__mark' onClick={() => void s.unmark(m.phrase)}>
                    撤销
                  </Text>
                </View>
              ))}
              <View className='copy__marks-note'>发布时请保留证书或商标注册证，以备查验。</View>
            </View>
          ) : null}
          {result.exempted.length ? (
            <View className='copy__exempted'>
              没有标出：
              {result.exempted
                .slice(0, 6)
                .map((e) => `「${e.excerpt}」（${e.label}）`)
                .join('、')}
              {result.exempted.length > 6 ? ` 等 ${result.exempted.length} 处` : ''}
            </View>
          ) : null}
          {stale ? null : <SaveToPlan />}
          <View className='copy__limits'>
            本工具按公开的法规和平台规则检查文字，不能判断数据是否真实、证书是否有效、图片和链接里的内容；重要活动请再请法务把关。
          </View>
        </View>
      ) : null}
    </View>
  )
}
