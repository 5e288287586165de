# Google service accounts bound to the cluster's Kubernetes service accounts by workload identity:
# one per DNS-01 solver, a DNS administrator of the zone only, and one per app's workload, with no
# role until the app grants its own.

locals {
  subjects = merge(
    { for consumer, s in var.dns_solvers : "dns01-${consumer}" => s },
    { for app, w in var.workloads : "app-${app}" => w },
  )
}

resource "google_service_account" "this" {
  for_each     = local.subjects
  project      = var.project_id
  account_id   = each.key
  display_name = "${each.key} of ${var.name}"
}

resource "google_service_account_iam_member" "workload_identity" {
  for_each           = local.subjects
  service_account_id = google_service_account.this[each.key].name
  role               = "roles/iam.workloadIdentityUser"
  member             = "serviceAccount:${var.workload_pool}[${each.value.namespace}/${each.value.service_account}]"
}

resource "google_dns_managed_zone_iam_member" "dns01" {
  for_each     = var.dns_solvers
  project      = var.project_id
  managed_zone = var.dns_zone_name
  role         = "roles/dns.admin"
  member       = "serviceAccount:${google_service_account.this["dns01-${each.key}"].email}"
}
