import type { ComponentType, ReactNode } from 'react';
import { Document, Line, Page, Polygon, Polyline, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { formatDate } from '../../../../shared/dates';
import {
  PLAN_SECTION_LABELS,
  followUpsLeftOutText,
  formatLevel,
  formatPoints,
  formatPosition,
  goalMeta,
  milestoneState,
  planHeading,
  radarGeometry,
  type CareerPlan,
  type PlanSectionId,
} from '../../../../shared/plan';
import { PDF_FONT_FAMILY } from './fonts';

export type PaperSize = 'A4' | 'LETTER';

// react-pdf draws <Text> inside <Svg> at x/y, but its types only describe page text.
const SvgText = Text as unknown as ComponentType<{
  x: number;
  y: number;
  textAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  style?: object;
  children: ReactNode;
}>;

const INK = '#1d1d1b';
const MUTED = '#575752';
const RULE = '#c8c8c2';
const INTERNAL = '#1f5fbf';
const EXTERNAL = '#a3470b';

const s = StyleSheet.create({
  // No lineHeight set on containers: react-pdf resolves an inherited unitless lineHeight against the
  // container's font size (wrong for larger text) and then drops the fixed footer. The fonts' own
  // line spacing reads well.
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, color: INK, paddingTop: 48, paddingHorizontal: 50, paddingBottom: 64 },
  title: { fontSize: 20, fontWeight: 700, marginBottom: 2 },
  subtitle: { color: MUTED, marginBottom: 14 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 14, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: RULE },
  h3: { fontSize: 11, fontWeight: 700 },
  muted: { color: MUTED },
  bold: { fontWeight: 700 },
  row: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 14 },
  grow: { flex: 1 },
  points: { width: 34, fontWeight: 700 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2 },
  cellName: { flex: 1 },
  cellNum: { width: 48, textAlign: 'right' },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 50,
    right: 50,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8,
    color: MUTED,
  },
  // SVG text does not inherit the page's font: without this it falls back to non-embedded Helvetica.
  svgLabel: { fontFamily: PDF_FONT_FAMILY, fontSize: 7 },
  legend: { flexDirection: 'row', gap: 12, fontSize: 8, color: MUTED, marginTop: 2 },
});

/** A list row that never splits across a page break. */
function Bullet({ children, mark }: { children: ReactNode; mark?: ReactNode }) {
  return (
    <View style={s.row} wrap={false}>
      {mark ?? <Text style={s.bullet}>{'\u2022'}</Text>}
      <Text style={s.grow}>{children}</Text>
    </View>
  );
}

/** A checkbox drawn as vector shapes (the embedded fonts have no ballot-box glyphs). */
function CheckBox({ done }: { done: boolean }) {
  return (
    <Svg width={14} height={12}>
      <Rect x={0.5} y={3} width={8} height={8} fill="none" stroke={MUTED} strokeWidth={0.75} />
      {done && <Polyline points="2,7 4,9.5 7.5,4" fill="none" stroke={INK} strokeWidth={1.2} />}
    </Svg>
  );
}

/** A small filled or outlined square for the radar legend. */
function Swatch({ color, filled }: { color: string; filled: boolean }) {
  return (
    <Svg width={10} height={8}>
      <Rect
        x={0.5}
        y={0.5}
        width={7}
        height={7}
        fill={filled ? color : 'none'}
        fillOpacity={filled ? 0.35 : 1}
        stroke={color}
        strokeWidth={1}
      />
    </Svg>
  );
}

/** The internal-external scale with the person's position marked (vector). */
function PositionScale({ position }: { position: number }) {
  const w = 300;
  const x = 10 + ((position + 1) / 2) * (w - 20);
  return (
    <Svg width={w} height={34}>
      <Line x1={10} y1={12} x2={w - 10} y2={12} stroke={RULE} strokeWidth={3} />
      <Line x1={w / 2} y1={6} x2={w / 2} y2={18} stroke={MUTED} strokeWidth={0.75} />
      <Polygon points={`${x - 5},2 ${x + 5},2 ${x},12`} fill={position < 0 ? INTERNAL : position > 0 ? EXTERNAL : MUTED} />
      <SvgText x={10} y={30} style={s.svgLabel} fill={MUTED}>
        Strongly internal
      </SvgText>
      <SvgText x={w / 2} y={30} textAnchor="middle" style={s.svgLabel} fill={MUTED}>
        Undecided
      </SvgText>
      <SvgText x={w - 10} y={30} textAnchor="end" style={s.svgLabel} fill={MUTED}>
        Strongly external
      </SvgText>
    </Svg>
  );
}

/** The skill radar as vector shapes: rings, axes, target (dashed) and current (filled). */
function Radar({ plan }: { plan: CareerPlan }) {
  // Wide enough for the longest side label ("Problem solving", "Market research") at 7 pt.
  const width = 260;
  const height = 180;
  const cx = width / 2;
  const cy = height / 2;
  const g = radarGeometry(plan.skills!, cx, cy, 58, 5, 6);
  return (
    <Svg width={width} height={height}>
      {g.rings.map((points, i) => (
        <Polygon key={i} points={points} fill="none" stroke={RULE} strokeWidth={0.5} />
      ))}
      {g.axes.map((a) => (
        <Line key={a.name} x1={cx} y1={cy} x2={a.x} y2={a.y} stroke={RULE} strokeWidth={0.5} />
      ))}
      <Polygon points={g.target} fill="none" stroke={EXTERNAL} strokeWidth={1.2} strokeDasharray="3,2" />
      <Polygon points={g.current} fill={INTERNAL} fillOpacity={0.25} stroke={INTERNAL} strokeWidth={1.2} />
      {g.axes.map((a) => (
        <SvgText key={a.name} x={a.labelX} y={a.labelY + 3} textAnchor={a.anchor} style={s.svgLabel} fill={INK}>
          {a.name.split(' & ')[0]!}
        </SvgText>
      ))}
    </Svg>
  );
}

/** A section's content as a flat list of blocks, each of which never splits across pages. */
function sectionBlocks(id: PlanSectionId, plan: CareerPlan): ReactNode[] {
  const muted = (text: string) => [
    <Text key="none" style={s.muted}>
      {text}
    </Text>,
  ];
  switch (id) {
    case 'path': {
      const p = plan.path!;
      return [
        <View key="position" wrap={false}>
          <Text>
            <Text style={s.bold}>{p.label}</Text>: {formatPosition(p.position)}.
          </Text>
          <PositionScale position={p.position} />
          <Text style={{ marginTop: 2 }}>
            Confidence: <Text style={s.bold}>{p.confidence}</Text>. {p.confidenceReason}
          </Text>
          {p.contributions.length > 0 && <Text style={[s.muted, { marginTop: 4, marginBottom: 2 }]}>What the fit rests on:</Text>}
        </View>,
        ...p.contributions.map((c, i) => (
          <View key={`c${i}`} style={s.row} wrap={false}>
            <Text style={s.points}>{formatPoints(c.points)}</Text>
            <Text style={s.grow}>
              <Text style={s.bold}>{c.label}</Text>: {c.reason}
            </Text>
          </View>
        )),
        ...(p.nextStep !== ''
          ? [
              <Text key="next" style={{ marginTop: 4 }} wrap={false}>
                <Text style={s.bold}>Next step:</Text> {p.nextStep}
              </Text>,
            ]
          : []),
      ];
    }
    case 'target':
      return [
        <Text key="target">
          {plan.target!.role || 'Not set yet'}
          {plan.target!.date ? `, by ${formatDate(plan.target!.date)}` : ''}
        </Text>,
      ];
    case 'skills':
      return [
        <View key="radar" style={{ flexDirection: 'row', gap: 16, alignItems: 'flex-start' }} wrap={false}>
          <View>
            <Radar plan={plan} />
            <View style={s.legend}>
              <View style={{ flexDirection: 'row', alignItems: 'center' }}>
                <Swatch color={INTERNAL} filled />
                <Text> Current</Text>
              </View>
              <View style={{ flexDirection: 'row', alignItems: 'center' }}>
                <Swatch color={EXTERNAL} filled={false} />
                <Text> Target (dashed)</Text>
              </View>
            </View>
          </View>
          <View style={s.grow}>
            <View style={s.tableRow}>
              <Text style={[s.cellName, s.bold]}>Skill</Text>
              <Text style={[s.cellNum, s.bold]}>Current</Text>
              <Text style={[s.cellNum, s.bold]}>Target</Text>
            </View>
            {plan.skills!.map((k) => (
              <View key={k.skill} style={s.tableRow}>
                <Text style={s.cellName}>{k.name}</Text>
                <Text style={s.cellNum}>{formatLevel(k.current)}</Text>
                <Text style={s.cellNum}>{formatLevel(k.target)}</Text>
              </View>
            ))}
            <Text style={[s.muted, { fontSize: 8, marginTop: 4 }]}>Levels: 1 new to it, 5 could teach it.</Text>
          </View>
        </View>,
      ];
    case 'focus':
      return plan.focus!.length === 0
        ? muted('No skill is below its target.')
        : plan.focus!.map((f) => (
            <Bullet key={f.skill}>
              <Text style={s.bold}>{f.name}</Text>: {f.reason}
            </Bullet>
          ));
    case 'goals':
      if (plan.goals!.length === 0) return muted('No learning goals yet.');
      return plan.goals!.flatMap((g, i) => [
        // The title block keeps at least its first milestone on the same page.
        <View key={`g${i}`} wrap={false} minPresenceAhead={g.milestones.length ? 16 : 0} style={{ marginTop: i === 0 ? 0 : 8 }}>
          <Text style={s.h3}>{g.title}</Text>
          <Text style={s.muted}>{goalMeta(g)}</Text>
          {g.why !== '' && <Text>{g.why}</Text>}
        </View>,
        ...g.milestones.map((m, j) => (
          <Bullet key={`g${i}m${j}`} mark={<CheckBox done={m.done} />}>
            {m.title} <Text style={s.muted}>({milestoneState(m)})</Text>
          </Bullet>
        )),
      ]);
    case 'follow-ups': {
      if (plan.followUps!.length === 0) return muted('No follow-ups planned.');
      const leftOut = followUpsLeftOutText(plan);
      return [
        ...plan.followUps!.map((f, i) => (
          <Bullet key={i}>
            <Text style={s.bold}>
              {formatDate(f.date)}
              {f.overdue ? ' (overdue)' : ''}
            </Text>
            : {f.personName}
            {f.note ? `, ${f.note}` : ''}
          </Bullet>
        )),
        ...(leftOut ? muted(leftOut) : []),
      ];
    }
    case 'next-steps':
      return plan.nextSteps!.map((n) => (
        <Bullet key={n.step}>
          <Text style={s.bold}>{n.name}</Text>: {n.action}
        </Bullet>
      ));
    case 'statement':
      return plan.statement!.split(/\n\s*\n/).map((para, i) => (
        <Text key={i} style={{ marginBottom: 6 }}>
          {para.trim()}
        </Text>
      ));
  }
}

/** A section: its heading is kept on the same page as its first block, so it is never left alone at a page end. */
function Section({ id, plan }: { id: PlanSectionId; plan: CareerPlan }) {
  const [first, ...rest] = sectionBlocks(id, plan);
  return (
    <View>
      <View wrap={false}>
        <Text style={s.h2}>{PLAN_SECTION_LABELS[id]}</Text>
        {first}
      </View>
      {rest}
    </View>
  );
}

/** The career plan as a react-pdf document: real text, vector graphics, page numbers and the date in the footer. */
export function PlanDocument({ plan, paper }: { plan: CareerPlan; paper: PaperSize }) {
  const { title, subtitle } = planHeading(plan);
  const prepared = `Prepared on ${formatDate(plan.generatedOn)}`;
  return (
    <Document title={title} author={plan.person.name || undefined} creator="Sextant" producer="Sextant" language="en">
      <Page size={paper} style={s.page}>
        <Text style={s.title}>{title}</Text>
        <Text style={s.subtitle}>{subtitle}</Text>
        {plan.sections.map((id) => (
          <Section key={id} id={id} plan={plan} />
        ))}
        <View style={s.footer} fixed>
          <Text>
            {plan.person.name ? `${plan.person.name} \u00b7 ` : ''}
            {prepared}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
