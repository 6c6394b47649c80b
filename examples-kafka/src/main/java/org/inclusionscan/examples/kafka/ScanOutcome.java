package org.inclusionscan.examples.kafka;

/**
 * What scoring one record gave: a report for the reports topic, or a problem document for the dead-letter topic.
 * Never serialized: the topology branches on {@link #ok()} right after scoring, without a repartition.
 *
 * @param ok    true for a report
 * @param value the UTF-8 JSON to write
 */
record ScanOutcome(boolean ok, byte[] value) {
}
