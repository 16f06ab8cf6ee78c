/**
 * A public service line's number opening a name (12345政务服务便民热线, 12355青少年服务台, 12338妇联维权服务中心: 广东
 * 2026): five digits from 12, a name's word, never a figure.
 */
export const SERVICE_LINE = /^12\d{3}(?!\d)/;
