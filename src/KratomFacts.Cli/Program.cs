using KratomFacts.Cli;

return await new CommandLine(Console.Out, Console.Error).RunAsync(args);
