"use client";

import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

type Labels = { svg: string; png: string };

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function svgText(svgId: string): { text: string; width: number; height: number } | null {
  const svg = document.getElementById(svgId);
  if (!(svg instanceof SVGSVGElement)) return null;
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  return { text: new XMLSerializer().serializeToString(svg), width, height };
}

/**
 * Saves the chart on the page as an SVG file, or as a PNG drawn from that SVG at twice its size (sharp on
 * slides). Done in the browser: the chart is already there, nothing is sent to the server.
 */
export function ChartExportButtons({ svgId, fileName, labels }: { svgId: string; fileName: string; labels: Labels }) {
  const isHydrated = useIsHydrated();
  const saveSvg = () => {
    const svg = svgText(svgId);
    if (svg) save(new Blob([svg.text], { type: "image/svg+xml" }), `${fileName}.svg`);
  };
  const savePng = () => {
    const svg = svgText(svgId);
    if (!svg) return;
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      const context = canvas.getContext("2d");
      if (!context) return;
      context.scale(2, 2);
      context.drawImage(image, 0, 0, svg.width, svg.height);
      canvas.toBlob((blob) => blob && save(blob, `${fileName}.png`), "image/png");
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  };
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" onClick={saveSvg} disabled={!isHydrated}>{labels.svg}</Button>
      <Button type="button" variant="secondary" onClick={savePng} disabled={!isHydrated}>{labels.png}</Button>
    </div>
  );
}
