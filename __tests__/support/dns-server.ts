import { createSocket, type RemoteInfo } from 'node:dgram';
import * as dnsPacket from 'dns-packet';

/**
 * A DNS server over UDP on loopback that answers A, AAAA and CNAME questions from a table and
 * NXDOMAIN for the rest. A `*.zone` entry answers for any one label under the zone; a name in
 * `lateNames` answers NXDOMAIN to its first N questions, as a record that is still propagating.
 * Plain TypeScript with no test framework, so that the demo and the bench can start it too.
 */

export interface DnsRecords {
  A?: string[];
  AAAA?: string[];
  CNAME?: string;
}

export interface DnsServerOptions {
  /** Answers by name (lowercase, no root dot); `*.zone` for a wildcard. */
  records: Record<string, DnsRecords>;
  /** Names that answer NXDOMAIN to their first N questions. */
  lateNames?: Record<string, number>;
  /** The loopback address to listen on (any of 127.0.0.0/8); 127.0.0.1 by default. */
  host?: string;
  /** A fixed port; a free one by default. */
  port?: number;
}

export interface DnsServer {
  host: string;
  port: number;
  /** `host:port`, as verify-gates' dns-server input takes it. */
  address: string;
  /** How many questions each name was asked, lowercase. */
  queries: Map<string, number>;
  stop(): Promise<void>;
}

const TTL_SECONDS = 1;

function recordsFor(records: Record<string, DnsRecords>, name: string): DnsRecords | undefined {
  const exact = records[name];
  if (exact !== undefined) return exact;
  const dot = name.indexOf('.');
  return dot < 0 ? undefined : records[`*${name.slice(dot)}`];
}

/** The answer to one question: the records of its type, or a CNAME to follow. */
export function answerQuery(
  options: Pick<DnsServerOptions, 'records' | 'lateNames'>,
  queries: Map<string, number>,
  question: dnsPacket.Question
): { rcode: 'NOERROR' | 'NXDOMAIN'; answers: dnsPacket.Answer[] } {
  const name = question.name.toLowerCase().replace(/\.$/, '');
  const asked = (queries.get(name) ?? 0) + 1;
  queries.set(name, asked);
  const late = options.lateNames?.[name] ?? 0;
  const found = recordsFor(options.records, name);
  if (found === undefined || asked <= late) return { rcode: 'NXDOMAIN', answers: [] };
  const answers: dnsPacket.Answer[] = [];
  if (found.CNAME !== undefined)
    answers.push({
      type: 'CNAME',
      name: question.name,
      ttl: TTL_SECONDS,
      class: 'IN',
      data: found.CNAME
    });
  else if (question.type === 'A' || question.type === 'AAAA')
    for (const data of found[question.type] ?? [])
      answers.push({
        type: question.type,
        name: question.name,
        ttl: TTL_SECONDS,
        class: 'IN',
        data
      });
  return { rcode: 'NOERROR', answers };
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const host = options.host ?? '127.0.0.1';
  const socket = createSocket('udp4');
  const queries = new Map<string, number>();
  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (question === undefined) return;
    const { rcode, answers } = answerQuery(options, queries, question);
    const response = dnsPacket.encode({
      id: query.id ?? 0,
      type: 'response',
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (rcode === 'NXDOMAIN' ? 3 : 0),
      questions: [question],
      answers
    });
    socket.send(response, remote.port, remote.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port ?? 0, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const { port } = socket.address();
  return {
    host,
    port,
    address: `${host}:${port}`,
    queries,
    stop: () => new Promise((resolve) => socket.close(() => resolve()))
  };
}
