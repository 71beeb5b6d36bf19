// What the search worker loads only when it needs zod (searchWorkerProtocol.ts, loadWorkerSchemas):
// the schemas for stored rows its quick checks refuse (provided as this loads) and the snapshot
// reader, whose checks are schemas. Its start on a clean journal never loads it (issue 12).
export { recordSchemas } from '../../shared/search/recordSchemas';
export { SnapshotReader } from '../../shared/search/snapshotReader';
