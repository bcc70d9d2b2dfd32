module example.com/tfexample

go 1.22
