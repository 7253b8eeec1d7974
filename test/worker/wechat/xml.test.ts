import { describe, expect, it } from "vitest";
import { rawQuery } from "../../../worker/channels/common/raw-query.ts";
import {
  cdata,
  hasDoctypeOrEntity,
  parseFlatXml,
  stripIllegalXmlChars,
  XmlError,
} from "../../../worker/channels/common/xml.ts";
import vectors from "./wechat-vectors.json";

describe("parseFlatXml", () => {
  it("reads CDATA and plain fields of the vectors' messages", () => {
    const v = vectors.decrypt[0]!;
    expect(parseFlatXml(v.plain)).toEqual({
      ToUserName: "gh_10f6c3c3ac5a",
      FromUserName: "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
      CreateTime: "1409735668",
      MsgType: "text",
      Content: "abcdteT",
      MsgId: "6054768590064713728",
    });
    expect(parseFlatXml(vectors.decrypt[3]!.plain).Content).toBe("你好");
  });
  it("keeps a 64-bit MsgId as a string", () => {
    expect(parseFlatXml("<xml><MsgId>18446744073709551615</MsgId></xml>").MsgId).toBe("18446744073709551615");
  });
  it("joins split CDATA sections and decodes entities outside CDATA", () => {
    expect(parseFlatXml("<xml><A><![CDATA[x]]]]><![CDATA[>y]]></A><B>a &lt;&amp;&gt; &#x4E2D;</B></xml>")).toEqual({
      A: "x]]>y",
      B: "a <&> 中",
    });
  });
  it("reads nested fields flat, top level first", () => {
    const f = parseFlatXml(
      "<xml><Event><![CDATA[scancode_push]]></Event><ScanCodeInfo><ScanType>qrcode</ScanType><Event>inner</Event></ScanCodeInfo></xml>",
    );
    expect(f.Event).toBe("scancode_push");
    expect(f.ScanType).toBe("qrcode");
  });
  it("has no prototype keys to pollute", () => {
    const f = parseFlatXml("<xml><__proto__>x</__proto__><constructor>y</constructor></xml>");
    // biome-ignore lint/suspicious/noProto: the test sends a __proto__ element on purpose.
    expect(f.__proto__).toBe("x");
    expect(Object.getPrototypeOf(f)).toBe(null);
  });
  it.each([
    ["not xml", "hello"],
    ["another root", "<root><A>1</A></root>"],
    ["unterminated", "<xml><A>1</xml>"],
    ["unterminated CDATA", "<xml><A><![CDATA[x</A></xml>"],
    ["trailing content", "<xml><A>1</A></xml><B/>"],
    ["too deep", "<xml><a><b><c><d><e>1</e></d></c></b></a></xml>"],
  ])("throws XmlError on %s", (_name, xml) => {
    expect(() => parseFlatXml(xml)).toThrow(XmlError);
  });
  it("stays linear on hostile input", () => {
    const hostile = `<xml>${"<A><![CDATA[".repeat(5000)}</xml>`;
    const t = Date.now();
    expect(() => parseFlatXml(hostile)).toThrow(XmlError);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe("guards", () => {
  it("spots DOCTYPE and ENTITY in any case", () => {
    expect(
      hasDoctypeOrEntity('<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml/>'),
    ).toBe(true);
    expect(hasDoctypeOrEntity("<xml><!entity x 'y'></xml>")).toBe(true);
    expect(hasDoctypeOrEntity("<xml><Content>DOCTYPE</Content></xml>")).toBe(false);
  });
  it("strips XML-illegal control characters and lone surrogates, keeps emoji, tab and newline", () => {
    expect(stripIllegalXmlChars("a\u0002b\u001dc\td\ne\u0000f\uFFFE😀\uD800")).toBe("abc\td\nef😀");
  });
  it("escapes ]]> inside CDATA", () => {
    expect(cdata("a]]>b\u0001")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
    expect(parseFlatXml(`<xml><C>${cdata("a]]>b")}</C></xml>`).C).toBe("a]]>b");
  });
  it("keeps + when reading the query string", () => {
    const v = vectors.wecom_verify_url[0]!;
    expect(rawQuery(`http://x/?echostr=${v.echostr_urlencoded}`).get("echostr")).toBe(v.echostr);
    expect(rawQuery(`http://x/?echostr=${v.echostr}&a=1`).get("echostr")).toBe(v.echostr);
    expect(new URL(`http://x/?echostr=${v.echostr}`).searchParams.get("echostr")).not.toBe(v.echostr);
  });
});
