import type { DefaultTreeAdapterMap } from 'parse5';

/** Walking parse5 trees in the server renderer's tests (test/ssr). */
export type TreeNode = DefaultTreeAdapterMap['node'];
export type TreeElement = DefaultTreeAdapterMap['element'];

/** Every element of a parsed tree in document order, declarative shadow roots (template contents) included. */
export function* elements(node: TreeNode): Generator<TreeElement> {
  if ('tagName' in node) yield node;
  const children = [...('childNodes' in node ? node.childNodes : []), ...('content' in node && node.content ? node.content.childNodes : [])];
  for (const child of children) yield* elements(child);
}

/**
 * The text a tree holds, declarative shadow roots included and styles and scripts left out; its
 * text nodes joined by `separator` (a space: whitespace collapsed, so words of separate elements
 * stay apart).
 */
export function textOf(node: TreeNode, separator = ' '): string {
  const parts: string[] = [];
  const walk = (n: TreeNode) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in n && (n.tagName === 'style' || n.tagName === 'script')) return;
    for (const child of 'childNodes' in n ? n.childNodes : []) walk(child);
    if ('content' in n && n.content) for (const child of n.content.childNodes) walk(child);
  };
  walk(node);
  return separator === ' ' ? parts.join(' ').replace(/\s+/g, ' ') : parts.join(separator);
}

/** The declarative shadow root (`<template shadowrootmode>`) of the first `tag` in the tree. */
export function shadowRootOf(tree: TreeNode, tag: string): DefaultTreeAdapterMap['template'] | undefined {
  const host = [...elements(tree)].find((el) => el.tagName === tag);
  return host?.childNodes.find((n): n is DefaultTreeAdapterMap['template'] => n.nodeName === 'template' && n.attrs.some((a) => a.name === 'shadowrootmode'));
}
