# This file is maintained automatically by "tofu init".
# Manual edits may be lost in future updates.

provider "registry.opentofu.org/hashicorp/random" {
  version     = "3.9.0"
  constraints = "3.9.0"
  hashes = [
    "h1:HcWNZVrMRv8vB8+iD8/+Zom2Du5AocU7rViK02U93Oc=",
  ]
}
