variable "org" {
  type        = string
  description = "Organisation short name: lowercase letters and digits, starting with a letter. Null takes the org of globals.yaml."
  default     = null
}

variable "cloud" {
  type        = string
  description = "Cloud, one of the dictionary's clouds (aws, azure, gcp, local)."
  nullable    = false
}

variable "env" {
  type        = string
  description = "Environment, one of the dictionary's environments."
  nullable    = false
}

variable "region" {
  type        = string
  description = "Region, one of the dictionary's regions of the cloud."
  nullable    = false
}

variable "bu" {
  type        = string
  description = "Business unit, one of the dictionary's business_units."
  nullable    = false
}

variable "app" {
  type        = string
  description = "App, one of the dictionary's apps."
  nullable    = false
}

variable "owner" {
  type        = string
  description = "Owner: an email local part or a team slug (lowercase letters and digits joined by single '.', '_' or '-')."
  nullable    = false
}

variable "config_dir" {
  type        = string
  description = "Folder holding dictionary.yaml, globals.yaml and optionally local.yaml, e.g. \"$${path.root}/infrastructure/config\"."
  nullable    = false

  validation {
    condition     = fileexists("${var.config_dir}/dictionary.yaml") && fileexists("${var.config_dir}/globals.yaml")
    error_message = "The config_dir must hold dictionary.yaml and globals.yaml (see examples/config in the platform-actions repository)."
  }
}
