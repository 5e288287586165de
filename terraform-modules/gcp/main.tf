# A GKE platform: names and labels from common, a VPC network, the cluster with its node pool, the
# Cloud DNS zone of the environment, the Artifact Registry repository, and the service accounts of
# the DNS-01 solvers and the app's workload; the outputs of the contract every cluster stack
# returns. Providers are configured by the stack.

module "common" {
  source     = "../common"
  org        = var.org
  cloud      = "gcp"
  env        = var.env
  region     = var.region
  bu         = var.bu
  app        = var.app
  owner      = var.owner
  config_dir = var.config_dir
}

locals {
  names = module.common.names
  # The environment's zone: the app's host less its first label.
  domain = regex("^[^.]+\\.(.*)$", local.names.dns_host)[0]
}

module "network" {
  source     = "./network"
  name       = local.names.cluster_name
  project_id = var.project_id
  region     = var.region
  labels     = module.common.tags
}

module "cluster" {
  source                  = "./cluster"
  name                    = local.names.cluster_name
  project_id              = var.project_id
  region                  = var.region
  kubernetes_version      = var.kubernetes_version
  network_id              = module.network.network_id
  subnetwork_id           = module.network.subnetwork_id
  pods_range_name         = module.network.pods_range_name
  services_range_name     = module.network.services_range_name
  master_authorized_cidrs = var.master_authorized_cidrs
  node_pool               = var.node_pool
  labels                  = module.common.tags
}

resource "google_dns_managed_zone" "env" {
  project     = var.project_id
  name        = local.names.cluster_name
  dns_name    = "${local.domain}."
  description = "Hosts of ${local.names.cluster_name}"
  labels      = module.common.tags

  dnssec_config {
    state = "on"
  }
}

resource "google_artifact_registry_repository" "this" {
  project       = var.project_id
  location      = var.region
  repository_id = var.bu
  format        = "DOCKER"
  description   = "Images of ${var.bu}"
  labels        = module.common.tags
}

module "identity" {
  source        = "./identity"
  name          = local.names.cluster_name
  project_id    = var.project_id
  workload_pool = module.cluster.workload_pool
  dns_zone_name = google_dns_managed_zone.env.name
  dns_solvers   = var.dns_solvers
  workloads = {
    (var.app) = { namespace = local.names.namespace, service_account = local.names.release_name }
  }
}

module "contract" {
  source = "../contract"

  cluster_name                   = module.cluster.name
  cluster_type                   = "gcp"
  kube_context                   = module.cluster.kube_context
  cluster_gateway_public_address = module.network.gateway_public_ip
  env_gateway_public_addresses   = merge(var.env_gateway_public_addresses, { (var.env) = module.network.gateway_public_ip })
  dns_challenge_identities       = module.identity.dns_challenge_identities
  secrets_source_uri             = "gcp-secretmanager://projects/${var.project_id}/secrets"
  workload_identities            = module.identity.workload_identities
  node_pools                     = module.cluster.node_pools
  ingress_class                  = var.ingress_class
  dns_zone = {
    name         = google_dns_managed_zone.env.name
    domain       = local.domain
    name_servers = google_dns_managed_zone.env.name_servers
  }
  registry_endpoint = "${var.region}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.this.repository_id}"
}
