import type { Cloud } from '../naming/contract.js';

/**
 * The output contract of every cluster stack, on the TypeScript side: the name, HCL type and
 * description of each output, none of them sensitive. The HCL side is terraform-modules/contract
 * (its variables carry these types, its outputs these descriptions), which each root module
 * (aws, azure, gcp, local) hands its values through. `fact` marks the outputs publish-runtime-facts
 * reads (src/facts/runtime-facts.ts); the others are for people and later stages. A test holds the
 * modules, the stacks, this table and the facts reader to each other.
 */
export interface ContractOutput {
  name: string;
  /** The HCL type constraint, as terraform-modules/contract declares it (white space ignored). */
  type: string;
  description: string;
  /** Read by publish-runtime-facts, and required by it unless `optionalFact`. */
  fact: boolean;
  optionalFact?: boolean;
  /** A value of the type, as a stack of the cloud `local` returns it. */
  example: unknown;
}

export const OUTPUT_CONTRACT: readonly ContractOutput[] = [
  {
    name: 'cluster_name',
    type: 'string',
    description: 'Name of the cluster.',
    fact: true,
    example: 'local-dev-0a1b2c'
  },
  {
    name: 'cluster_type',
    type: 'string',
    description: 'aws, azure, gcp or local.',
    fact: true,
    example: 'local'
  },
  {
    name: 'kube_context',
    type: 'string',
    description: 'kubectl context that reaches the cluster.',
    fact: true,
    example: 'kind-local-dev-0a1b2c'
  },
  {
    name: 'cluster_gateway_public_address',
    type: 'string',
    description: "Public address of the cluster's shared gateway.",
    fact: true,
    example: '127.0.0.1'
  },
  {
    name: 'env_gateway_public_addresses',
    type: 'map(string)',
    description: 'Public gateway address of each environment.',
    fact: true,
    example: { dev: '127.0.0.1', staging: '127.0.0.2', prod: '127.0.0.3' }
  },
  {
    name: 'dns_challenge_identities',
    type: 'map(map(string))',
    description: 'Identity each DNS-01 solver runs as, one per consumer.',
    fact: true,
    example: Object.fromEntries(
      ['argocd', 'dev', 'staging', 'prod'].map((c) => [
        c,
        { gcp_service_account: `dns01-${c}@local-dev.iam.gserviceaccount.com` }
      ])
    )
  },
  {
    name: 'secrets_source_uri',
    type: 'string',
    description: 'Where workloads read their secrets from.',
    fact: true,
    example: 'http://127.0.0.1:8200/v1/kv/local/dev'
  },
  {
    name: 'workload_identities',
    type: 'map(map(string))',
    description: "Identity each app's workload runs as, by app.",
    fact: true,
    optionalFact: true,
    example: { checkout: { gcp_service_account: 'checkout@local-dev.iam.gserviceaccount.com' } }
  },
  {
    name: 'node_pools',
    type: 'map(object({machine_type=string,min_size=number,max_size=number}))',
    description: 'Node pools of the cluster by name: machine type and autoscaling bounds.',
    fact: false,
    example: { default: { machine_type: 'kind-node', min_size: 1, max_size: 1 } }
  },
  {
    name: 'ingress_class',
    type: 'string',
    description: "Ingress class the cluster's gateway serves.",
    fact: false,
    example: 'nginx'
  },
  {
    name: 'dns_zone',
    type: 'object({name=string,domain=string,name_servers=list(string)})',
    description:
      "DNS zone the cluster's hosts are published in: its name, domain and name servers.",
    fact: false,
    example: { name: 'local-dev', domain: 'dev.example.com', name_servers: ['127.0.0.1'] }
  },
  {
    name: 'registry_endpoint',
    type: 'string',
    description: 'Container registry endpoint the cluster pulls images from.',
    fact: false,
    example: '127.0.0.1:5000'
  }
];

/** The inputs every cloud's root module requires (no default), by name, with their HCL types. */
const SHARED_INPUTS = {
  env: 'string',
  region: 'string',
  bu: 'string',
  app: 'string',
  owner: 'string',
  config_dir: 'string'
} as const;

/**
 * The required inputs of each root module: what a stack must set. A module that requires more, or
 * less, breaks the contract: the stacks of every cloud are written the same way.
 */
export const REQUIRED_INPUTS: Readonly<Record<Cloud, Readonly<Record<string, string>>>> = {
  aws: { ...SHARED_INPUTS, availability_zones: 'list(string)' },
  azure: { ...SHARED_INPUTS, api_server_authorized_ip_ranges: 'list(string)' },
  gcp: { ...SHARED_INPUTS, project_id: 'string', master_authorized_cidrs: 'list(string)' },
  local: { env: 'string' }
};
