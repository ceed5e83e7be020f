// The home page's confirmations (放弃草稿, 新建方案). In WeChat the platform's dialogs are built in;
// the H5 build loads them on first use instead (confirm.h5.ts).
export { confirmDanger } from '@/components/actions'
