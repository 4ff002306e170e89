package com.aobsettlement.cli;

import com.aobsettlement.settlement.remote.PartitionWorker;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** `worker`: serves settle partitions until SIGTERM or Ctrl-C, which stop it after the current chunk. */
@Component
public class WorkerCommand {
    private final PartitionWorker worker;

    public WorkerCommand(PartitionWorker worker) {
        this.worker = worker;
    }

    public void run(PrintStream err) {
        List<Signal> signals = new ArrayList<>();
        List<SignalHandler> previous = new ArrayList<>();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal signal = new Signal(name);
            previous.add(Signal.handle(signal, s -> worker.stop()));
            signals.add(signal);
        }
        try {
            worker.run(err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (int i = 0; i < signals.size(); i++) {
                Signal.handle(signals.get(i), previous.get(i));
            }
        }
    }
}
