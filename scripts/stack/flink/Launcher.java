// A Flink session cluster and a SQL Gateway in one JVM, for cutover's stack (scripts/stack/flink/flink.sh).
//
//   FLINK_CONF_DIR=<dir with config.yaml> java -cp '<lib>/*' Launcher.java
//
// Run as a single source file (no build step). Why not the gateway alone: with
// `execution.target: local` each INSERT gets a throwaway MiniCluster, and SHOW JOBS / STOP JOB fail
// ("No ClusterClientFactory found"). So this starts one MiniCluster whose REST endpoint listens on
// `rest.port`, then the gateway with `execution.target: remote` pointing at it: every statement is a
// job on the same cluster, listed by SHOW JOBS and stoppable with a savepoint. Both read the same
// config.yaml. flink-dist (bin/start-cluster.sh, sql-gateway.sh) is not on Maven Central.

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.table.gateway.SqlGateway;

public class Launcher {
  public static void main(String[] args) throws Exception {
    String confDir = System.getenv("FLINK_CONF_DIR");
    if (confDir == null || confDir.isEmpty()) {
      System.err.println("FLINK_CONF_DIR is not set");
      System.exit(2);
    }
    Configuration config = GlobalConfiguration.loadConfiguration(confDir);
    int slots = config.getInteger("taskmanager.numberOfTaskSlots", 4);

    MiniCluster cluster =
        new MiniCluster(
            new MiniClusterConfiguration.Builder()
                .setConfiguration(config)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
    cluster.start();
    URI rest = cluster.getRestAddress().get(60, TimeUnit.SECONDS);
    System.out.println("cutover-flink: session cluster REST at " + rest);

    // The gateway's own shutdown hook stops it on SIGTERM; this one closes the cluster after it,
    // so running jobs end with the JVM (no high availability: savepoints on disk are what survives).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.closeAsync().get(20, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    System.err.println("cutover-flink: cluster did not close cleanly: " + e);
                  }
                },
                "cutover-minicluster-shutdown"));

    // Blocks until the gateway stops. The cluster's threads would keep the JVM alive after a gateway
    // that failed to start (a port taken): exit, so the stack script sees it die instead of waiting.
    int status = 0;
    try {
      SqlGateway.main(args);
    } catch (Throwable t) {
      System.err.println("cutover-flink: the SQL Gateway failed: " + t);
      status = 1;
    }
    System.exit(status);
  }
}
