import { Text } from "@react-pdf/renderer";
import { parts } from "@/lib/questionnaire/lookup";
import type { Part, Section } from "@/lib/questionnaire/types";
import type { ReportContext } from "./context";
import { ContextSection } from "./context-section";
import { DimensionSection } from "./dimension-section";
import { ReportPage } from "./report-page";
import { styles } from "./styles";

type ScoredSection = Section & { dimension: NonNullable<Section["dimension"]> };

function isScoredSection(section: Section): section is ScoredSection {
  return section.dimension !== null;
}

export function partNumber(part: Part): number {
  return parts.indexOf(part) + 1;
}

/** Each part of the questionnaire, dimension by dimension; Part 1 ends with its unscored context. */
export function PartPages({ ctx }: { ctx: ReportContext }) {
  const { t } = ctx;
  return (
    <>
      {parts.map((part) => (
        <ReportPage key={part.id} ctx={ctx}>
          <Text style={styles.h1}>{t("report.headings.part", { number: partNumber(part), title: t(`instrument.parts.${part.id}.title`) })}</Text>
          <Text style={styles.paragraph}>{t(`instrument.parts.${part.id}.description`)}</Text>
          {part.sections.filter(isScoredSection).map((section) => (
            <DimensionSection key={section.id} ctx={ctx} section={section} />
          ))}
          {part.sections.some((section) => section.id === "context") ? <ContextSection ctx={ctx} /> : null}
        </ReportPage>
      ))}
    </>
  );
}
