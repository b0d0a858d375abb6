export { ContextFields, type ContextFieldsProps, type Option } from './ContextFields';
export { DraftEditor, type DraftEditorProps, type LengthInfo } from './DraftEditor';
export { FindingCard, type FindingCardProps } from './FindingCard';
export { FindingList, type FindingListProps } from './FindingList';
export { PanelHeader, type PanelHeaderProps } from './PanelHeader';
export { excerptOf, type Excerpt } from './excerpt';
export { CATEGORY_LABELS, SEVERITY_LABELS, summarizeCounts } from './labels';
