// Bulk API 2.0 job lifecycle through jsforce's job objects: an ingest job opened, aborted, checked and deleted; an
// ingest job driven step by step (open, uploadData, close, poll, results); the job info jsforce reads. (jsforce's
// ingest abort() and close() resolve to nothing; getInfo() holds the answered job info.)
import { connect, describeError, run } from './lib/scenario.mjs';

function info(job) {
  const { id, object, operation, state, contentType, columnDelimiter, lineEnding, apiVersion, jobType,
    numberRecordsProcessed, numberRecordsFailed, contentUrl } = job;
  return { id, object, operation, state, contentType, columnDelimiter, lineEnding, apiVersion, jobType,
    numberRecordsProcessed, numberRecordsFailed, contentUrl };
}

run(async () => {
  const { conn } = connect();

  const abandoned = conn.bulk2.createJob({ object: 'Contact', operation: 'insert' });
  const opened = info(await abandoned.open());
  await abandoned.abort();
  const aborted = info(abandoned.getInfo());
  const checkedAborted = info(await abandoned.check());
  await abandoned.delete();
  let afterDelete = null;
  try {
    await abandoned.check();
  } catch (err) {
    afterDelete = describeError(err);
  }

  const stepwise = conn.bulk2.createJob({ object: 'Contact', operation: 'insert', lineEnding: 'LF' });
  await stepwise.open();
  await stepwise.uploadData('LastName,Email\nStepwise,stepwise@example.com\n');
  await stepwise.close();
  const closed = info(stepwise.getInfo());
  await stepwise.poll(50, 20_000);
  const complete = info(await stepwise.check());
  const successful = await stepwise.getSuccessfulResults();
  const failed = await stepwise.getFailedResults();
  const unprocessed = await stepwise.getUnprocessedRecords();

  return { opened, aborted, checkedAborted, afterDelete, closed, complete, successful, failed, unprocessed };
});
