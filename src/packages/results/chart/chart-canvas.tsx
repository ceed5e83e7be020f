import { useEffect, useMemo } from 'react'
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chartHeight, drawChart, type ChartInput, type Ctx2D } from './draw'

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): Ctx2D | null
}

let seq = 0

/**
 * A `Canvas type="2d"` drawn by `drawChart`. In WeChat the selector query gives the canvas node;
 * in H5 (Taro 4.2.1) the same query gives a real HTMLCanvasElement. Both are sized for the
 * device pixel ratio so the bars stay sharp.
 */
export function ChartCanvas({ input, label }: { input: ChartInput; label: string }) {
  const id = useMemo(() => `chart-${++seq}`, [])
  const height = chartHeight(input)
  useEffect(() => {
    let cancelled = false
    void Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: ({ node?: CanvasNode; width?: number } | null)[]) => {
          const found = res?.[0]
          const node = found?.node
          if (cancelled || !node) return
          const ratio = Math.min(3, Taro.getSystemInfoSync().pixelRatio || 1)
          const width = found.width || 300
          node.width = Math.round(width * ratio)
          node.height = Math.round(height * ratio)
          const ctx = node.getContext('2d')
          if (ctx) drawChart(ctx, width, input, ratio)
        })
    })
    return () => {
      cancelled = true
    }
  }, [id, input, height])
  return (
    <View className='chart' aria-label={label}>
      <Canvas type='2d' id={id} className='chart__canvas' style={{ width: '100%', height: `${height}px` }} />
    </View>
  )
}
