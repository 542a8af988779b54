package flows

// Clusters and blocs as units of their own. A province department works
// through emulation clusters ("cụm thi đua" of communes, or before 07/2025
// "khối thi đua" of districts): each is summed, ranked, exported and
// supervised as a whole. So a cluster is also a Unit (Units.Get finds it by
// id) whose children are its members: every figure, digest and access rule
// written for a unit holds for it unchanged. It is kept out of the tree:
// its members keep their real parent, and Units.All does not list it.

// IsCluster reports whether x is a cluster's unit rather than one of the tree.
func (x *Unit) IsCluster() bool { return x.cluster != nil }

// ClusterOf returns the cluster x stands for, or nil.
func (x *Unit) ClusterOf() *Cluster { return x.cluster }

// HeadUnit is the member leading the cluster, or nil.
func (c *Cluster) HeadUnit() *Unit { return c.head }

// Scope is the cluster as a unit of its own.
func (c *Cluster) Scope() *Unit { return c.scope }

// ClustersUnder lists the clusters whose members all lie under u, in the
// configured order: the lines of a province's digest.
func (c *Config) ClustersUnder(u *Unit) []*Cluster {
	var out []*Cluster
	for _, cl := range c.Clusters {
		if len(cl.members) == 0 || cl.scope == u {
			continue
		}
		all := true
		for _, m := range cl.members {
			if !u.Contains(m) || m == u {
				all = false
				break
			}
		}
		if all {
			out = append(out, cl)
		}
	}
	return out
}

// registerClusters lets Units.Get find each cluster by its id.
func registerClusters(cfg *Config) {
	cfg.Units.clusters = map[string]*Unit{}
	for _, cl := range cfg.Clusters {
		if cl.scope != nil && cfg.Units.byCode[cl.ID] == nil {
			cfg.Units.clusters[cl.ID] = cl.scope
		}
	}
}
